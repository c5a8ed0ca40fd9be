import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { interviewFollowUp, Permission, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { marketLoaders } from '../../markets/markets.loaders';
import { orientationLoaders } from '../../orientations/orientations.loaders';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { ProofDocument } from '../../proofs/proof-document.entity';
import {
  DecideExitProposalInput,
  ExitProposalListArgs,
  RecordInterviewInput,
  RecordReminderInput,
} from '../activities.dto';
import { activityLoaders } from '../activities.loaders';
import { Enrolment } from '../sessions/session.entity';
import { ActionReminder, ExitProposal, Interview, InterviewFollowUpView } from './follow-up.entity';
import { ActivityFollowUpService } from './follow-up.service';

const ExitProposalConnection = Paginated(ExitProposal);

@Resolver(() => ExitProposal)
export class ActivityFollowUpResolver {
  constructor(
    private readonly service: ActivityFollowUpService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => ActionReminder, {
    description: 'Enregistre une relance ; 2 relances sans réponse lèvent une proposition de sortie.',
  })
  recordActionReminder(@CurrentActor() actor: Actor, @Args('input') input: RecordReminderInput) {
    return this.service.recordReminder(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Interview, {
    description: 'Enregistre un entretien individuel (durée au plus celle que fixe le lot).',
  })
  recordInterview(@CurrentActor() actor: Actor, @Args('input') input: RecordInterviewInput) {
    return this.service.recordInterview(actor, input);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => ExitProposalConnection, {
    description: 'Les propositions de sortie (perte de contact) à valider ou déjà traitées.',
  })
  exitProposals(@CurrentActor() actor: Actor, @Args() { filter, ...page }: ExitProposalListArgs) {
    return this.service.listProposals(actor, page, filter);
  }

  @RequirePermissions(Permission.ORIENTATIONS_WRITE)
  @Mutation(() => ExitProposal, {
    description: 'La structure porteuse valide la sortie proposée (la fiche de sortie devient due) ou l’écarte.',
  })
  decideExitProposal(@CurrentActor() actor: Actor, @Args('input') input: DecideExitProposalInput) {
    return this.service.decide(actor, input);
  }

  @ResolveField(() => Orientation)
  orientation(@Parent() x: ExitProposal, @Context() context: object) {
    return orientationLoaders(context, this.dataSource).orientationById.load(x.orientationId);
  }
}

@Resolver(() => Interview)
export class InterviewFieldsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => ProofDocument, { nullable: true })
  proof(@Parent() i: Interview, @Context() context: object) {
    return i.proofId ? activityLoaders(context, this.dataSource).proofById.load(i.proofId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Compté dans les indicateurs : seulement avec son justificatif.' })
  counted(@Parent() i: Interview): boolean {
    return i.proofId !== null;
  }
}

/** The provider's activity on an orientation, as both sides see it. */
@Resolver(() => Orientation)
export class OrientationActivitiesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [Interview])
  interviews(@Parent() o: Orientation, @Context() context: object) {
    return activityLoaders(context, this.dataSource).interviewsByOrientation.load(o.id);
  }

  @ResolveField(() => InterviewFollowUpView, {
    description:
      'Entretiens au regard du lot : au-delà du maximum par participant (cahier 002, lot 1 : 4 à 5), et soutien psychosocial à deux entretiens par mois, les mois en retard signalés.',
  })
  async interviewFollowUp(@Parent() o: Orientation, @Context() context: object): Promise<InterviewFollowUpView> {
    const [interviews, lot] = await Promise.all([
      activityLoaders(context, this.dataSource).interviewsByOrientation.load(o.id),
      marketLoaders(context, this.dataSource).lotById.load(o.lotId),
    ]);
    const today = todayInParis();
    const until = o.exitOn && o.exitOn < today ? o.exitOn : today;
    return interviewFollowUp(interviews, lot?.interviewsPerParticipant ?? null, until);
  }

  @ResolveField(() => [ActionReminder])
  reminders(@Parent() o: Orientation, @Context() context: object) {
    return activityLoaders(context, this.dataSource).remindersByOrientation.load(o.id);
  }

  @ResolveField(() => [Enrolment], { description: 'Inscriptions aux séances et présences.' })
  enrolments(@Parent() o: Orientation, @Context() context: object) {
    return activityLoaders(context, this.dataSource).enrolmentsByOrientation.load(o.id);
  }

  @ResolveField(() => [ExitProposal])
  exitProposals(@Parent() o: Orientation, @Context() context: object) {
    return activityLoaders(context, this.dataSource).proposalsByOrientation.load(o.id);
  }
}
