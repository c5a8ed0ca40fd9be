import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { deadlineStatus, isLate, Permission, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Loaders } from '../../../core/graphql/loaders';
import { Paginated } from '../../../core/graphql/pagination';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Lot } from '../../markets/lots/lot.entity';
import { marketLoaders } from '../../markets/markets.loaders';
import { Participant } from '../../participants/participant.entity';
import { participantLoaders } from '../../participants/participant.loaders';
import { LiaisonSheet } from '../liaison-sheets/liaison-sheet.entity';
import { orientationLoaders } from '../orientations.loaders';
import { OrientationListArgs, OrientParticipantInput } from './orientation.dto';
import { LiaisonDeadline, Orientation, OrientedParticipant, orientedView } from './orientation.entity';
import { OrientationsService } from './orientations.service';

const OrientationConnection = Paginated(Orientation);

export function entryDeadline(o: Orientation, today = todayInParis()): LiaisonDeadline {
  const status = deadlineStatus(o.entryDueOn, o.entrySheetSentOn, today);
  return { dueOn: o.entryDueOn, sentOn: o.entrySheetSentOn, status, late: isLate(status) };
}

export function exitDeadline(o: Orientation, today = todayInParis()): LiaisonDeadline | null {
  if (!o.exitDueOn) return null;
  const status = deadlineStatus(o.exitDueOn, o.exitSheetSentOn, today);
  return { dueOn: o.exitDueOn, sentOn: o.exitSheetSentOn, status, late: isLate(status) };
}

@Resolver(() => Orientation)
export class OrientationsResolver {
  constructor(
    private readonly service: OrientationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => OrientationConnection, {
    description:
      'Les orientations de la structure porteuse, ou, pour un prestataire, celles vers ses lots ; `filter.late` donne les fiches de liaison en retard.',
  })
  orientations(@CurrentActor() actor: Actor, @Args() { filter, ...page }: OrientationListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => Orientation)
  orientation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => OrientedParticipant, {
    description:
      'Vue restreinte d’un participant, pour le prestataire d’un lot vers lequel il est orienté (NOT_FOUND sinon). Chaque lecture est tracée.',
  })
  orientedParticipant(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.orientedParticipant(actor, id);
  }

  @RequirePermissions(Permission.ORIENTATIONS_WRITE)
  @Mutation(() => Orientation, {
    description:
      'Oriente un participant vers l’action d’un lot conventionné ; la fiche d’entrée est due dans les 15 jours.',
  })
  orientParticipant(@CurrentActor() actor: Actor, @Args('input') input: OrientParticipantInput) {
    return this.service.orient(actor, input);
  }

  @ResolveField(() => OrientedParticipant, {
    description:
      'Identité et contact du participant (vue restreinte, la même pour la structure porteuse et le prestataire).',
  })
  async participant(@Parent() o: Orientation, @Context() context: object): Promise<OrientedParticipant> {
    const participant = await participantLoaders(context, this.dataSource).participantById.load(o.participantId);
    return orientedView(participant!);
  }

  @ResolveField(() => Lot)
  lot(@Parent() o: Orientation, @Context() context: object) {
    return marketLoaders(context, this.dataSource).lotById.load(o.lotId);
  }

  @ResolveField(() => Structure, { description: 'Le prestataire du lot.' })
  provider(@Parent() o: Orientation, @Context() context: { loaders: Loaders }) {
    return context.loaders.structureById.load(o.providerStructureId);
  }

  @ResolveField(() => [LiaisonSheet])
  liaisonSheets(@Parent() o: Orientation, @Context() context: object) {
    return orientationLoaders(context, this.dataSource).sheetsByOrientation.load(o.id);
  }

  @ResolveField(() => LiaisonDeadline, {
    description: 'La fiche « entrée / non entrée », due 15 jours calendaires après l’orientation.',
  })
  entrySheet(@Parent() o: Orientation): LiaisonDeadline {
    return entryDeadline(o);
  }

  @ResolveField(() => LiaisonDeadline, {
    nullable: true,
    description: 'La fiche « sortie », due 15 jours calendaires après la sortie ; null avant la sortie.',
  })
  exitSheet(@Parent() o: Orientation): LiaisonDeadline | null {
    return exitDeadline(o);
  }

  @ResolveField(() => Boolean, {
    description: 'Une fiche de liaison est en retard (signalé à la structure porteuse comme au prestataire).',
  })
  late(@Parent() o: Orientation): boolean {
    return entryDeadline(o).late || !!exitDeadline(o)?.late;
  }
}

/** The orientations on the participant's file, for the operator's staff. */
@Resolver(() => Participant)
export class ParticipantOrientationsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [Orientation], {
    description: 'Les orientations vers les actions des lots, avec leurs fiches de liaison et leurs échéances.',
  })
  orientations(@Parent() p: Participant, @Context() context: object) {
    return orientationLoaders(context, this.dataSource).orientationsByParticipant.load(p.id);
  }
}
