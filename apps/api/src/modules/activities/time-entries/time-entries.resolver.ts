import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { Lot } from '../../markets/lots/lot.entity';
import { marketLoaders } from '../../markets/markets.loaders';
import { ProofDocument } from '../../proofs/proof-document.entity';
import { RecordTimeEntryInput, TimeEntryListArgs } from '../activities.dto';
import { activityLoaders } from '../activities.loaders';
import { TimeEntry } from './time-entry.entity';
import { TimeEntriesService } from './time-entries.service';

const TimeEntryConnection = Paginated(TimeEntry);

@Resolver(() => TimeEntry)
export class TimeEntriesResolver {
  constructor(
    private readonly service: TimeEntriesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => TimeEntryConnection)
  timeEntries(@CurrentActor() actor: Actor, @Args() { filter, ...page }: TimeEntryListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => TimeEntry, {
    description:
      'Saisit du temps sur un lot que la structure réalise ; sur un autre lot : FORBIDDEN, `reason: LOT_NOT_AWARDED`.',
  })
  recordTimeEntry(@CurrentActor() actor: Actor, @Args('input') input: RecordTimeEntryInput) {
    return this.service.record(actor, input);
  }

  @ResolveField(() => Lot)
  lot(@Parent() t: TimeEntry, @Context() context: object) {
    return marketLoaders(context, this.dataSource).lotById.load(t.lotId);
  }

  @ResolveField(() => [ID], { description: 'Les orientations (participants du lot) auxquelles ce temps se rattache.' })
  async orientationIds(@Parent() t: TimeEntry, @Context() context: object) {
    return (await activityLoaders(context, this.dataSource).participantsByTimeEntry.load(t.id)).map(
      (p) => p.orientationId,
    );
  }

  @ResolveField(() => ProofDocument, { nullable: true })
  proof(@Parent() t: TimeEntry, @Context() context: object) {
    return t.proofId ? activityLoaders(context, this.dataSource).proofById.load(t.proofId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Pourquoi ce temps ne compte pas dans les indicateurs ; null s’il compte.',
  })
  async notCountedReason(@Parent() t: TimeEntry, @Context() context: object): Promise<string | null> {
    const lot = await marketLoaders(context, this.dataSource).lotById.load(t.lotId);
    const tied = await activityLoaders(context, this.dataSource).participantsByTimeEntry.load(t.id);
    if (lot?.timeTiedToParticipants && tied.length === 0)
      return 'Le lot ne compte que le temps lié à ses participants.';
    if (!t.proofId) return 'Aucun justificatif rattaché.';
    return null;
  }
}
