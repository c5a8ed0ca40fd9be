import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { belowMinimum, Permission, remainingPlaces } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { Lot } from '../../markets/lots/lot.entity';
import { marketLoaders } from '../../markets/markets.loaders';
import { OrientedParticipant, orientedView } from '../../orientations/orientations/orientation.entity';
import { participantLoaders } from '../../participants/participant.loaders';
import { ProofDocument } from '../../proofs/proof-document.entity';
import { CreateSessionInput, EnrolInput, RecordAttendanceInput, SessionListArgs } from '../activities.dto';
import { activityLoaders } from '../activities.loaders';
import { ActivitySession, Enrolment } from './session.entity';
import { SessionsService } from './sessions.service';

const SessionConnection = Paginated(ActivitySession);

@Resolver(() => ActivitySession)
export class SessionsResolver {
  constructor(
    private readonly service: SessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => SessionConnection, {
    description: 'Les séances collectives des lots que la structure porte ou réalise.',
  })
  activitySessions(@CurrentActor() actor: Actor, @Args() { filter, ...page }: SessionListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => ActivitySession)
  activitySession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => ActivitySession, {
    description: 'Planifie une séance sur un lot que la structure réalise ; la capacité par défaut est celle du lot.',
  })
  createActivitySession(@CurrentActor() actor: Actor, @Args('input') input: CreateSessionInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Enrolment, {
    description:
      'Inscrit un participant orienté vers le lot ; au-delà de la capacité : CONFLICT, `reason: SESSION_FULL`.',
  })
  enrolInSession(@CurrentActor() actor: Actor, @Args('input') input: EnrolInput) {
    return this.service.enrol(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Boolean, { description: 'Désinscrit un participant (avant la saisie de sa présence).' })
  withdrawEnrolment(@CurrentActor() actor: Actor, @Args('enrolmentId', { type: () => ID }) enrolmentId: string) {
    return this.service.withdraw(actor, enrolmentId);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => [Enrolment], {
    description:
      'Saisit la présence ; refusé une fois la feuille signée et figée (CONFLICT, `reason: ATTENDANCE_SHEET_FROZEN`). Peut lever une proposition de sortie.',
  })
  recordAttendance(@CurrentActor() actor: Actor, @Args('input') input: RecordAttendanceInput) {
    return this.service.recordAttendance(actor, input);
  }

  @ResolveField(() => Lot)
  lot(@Parent() s: ActivitySession, @Context() context: object) {
    return marketLoaders(context, this.dataSource).lotById.load(s.lotId);
  }

  @ResolveField(() => [Enrolment])
  enrolments(@Parent() s: ActivitySession, @Context() context: object) {
    return activityLoaders(context, this.dataSource).enrolmentsBySession.load(s.id);
  }

  @ResolveField(() => Int)
  async enrolledCount(@Parent() s: ActivitySession, @Context() context: object) {
    return (await activityLoaders(context, this.dataSource).enrolmentsBySession.load(s.id)).length;
  }

  @ResolveField(() => Int)
  async remainingPlaces(@Parent() s: ActivitySession, @Context() context: object) {
    return remainingPlaces(
      (await activityLoaders(context, this.dataSource).enrolmentsBySession.load(s.id)).length,
      s.maxParticipants,
    );
  }

  @ResolveField(() => Boolean, { description: 'Moins d’inscrits que le minimum du groupe.' })
  async belowMinimum(@Parent() s: ActivitySession, @Context() context: object) {
    return belowMinimum(
      (await activityLoaders(context, this.dataSource).enrolmentsBySession.load(s.id)).length,
      s.minParticipants,
    );
  }

  @ResolveField(() => ProofDocument, {
    nullable: true,
    description: 'La feuille d’émargement signée (justificatif des heures de la séance).',
  })
  sheetProof(@Parent() s: ActivitySession, @Context() context: object) {
    return s.sheetProofId ? activityLoaders(context, this.dataSource).proofById.load(s.sheetProofId) : null;
  }
}

@Resolver(() => Enrolment)
export class EnrolmentFieldsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => OrientedParticipant)
  async participant(@Parent() e: Enrolment, @Context() context: object): Promise<OrientedParticipant> {
    return orientedView((await participantLoaders(context, this.dataSource).participantById.load(e.participantId))!);
  }

  @ResolveField(() => ActivitySession)
  session(@Parent() e: Enrolment, @Context() context: object) {
    return activityLoaders(context, this.dataSource).sessionById.load(e.sessionId);
  }
}
