import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { ProspectionListArgs, RecordProspectionInput } from '../activities.dto';
import { Prospection } from './prospection.entity';
import { ProspectionsService } from './prospections.service';

const ProspectionConnection = Paginated(Prospection);

@Resolver(() => Prospection)
export class ProspectionsResolver {
  constructor(private readonly service: ProspectionsService) {}

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => ProspectionConnection, {
    description:
      'Les structures prospectées sur les lots de la structure courante (réalisés comme prestataire, ou portés), les plus récentes d’abord.',
  })
  prospections(@CurrentActor() actor: Actor, @Args() { filter, ...page }: ProspectionListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Prospection, {
    description:
      'Enregistre une structure prospectée (date, issue) sur un lot que la structure réalise ; elle compte dans les bilans du lot. Sur un autre lot : FORBIDDEN (`LOT_NOT_AWARDED`) ou NOT_FOUND.',
  })
  recordProspection(@CurrentActor() actor: Actor, @Args('input') input: RecordProspectionInput) {
    return this.service.record(actor, input);
  }
}
