import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { frenchDeadline, Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { isOperatorOf, isProviderOf } from '../lot-access';
import { Lot } from '../lots/lot.entity';
import { marketLoaders } from '../markets.loaders';
import { CreateMarketInput, MarketListArgs, UpdateMarketInput } from './market.dto';
import { Market, ScoringCriterion } from './market.entity';
import { MarketsService } from './markets.service';

const MarketConnection = Paginated(Market);

@Resolver(() => Market)
export class MarketsResolver {
  constructor(
    private readonly service: MarketsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => MarketConnection, {
    description: 'Les marchés de la structure porteuse courante ; pour un prestataire, ceux des lots qu’il réalise.',
  })
  markets(@CurrentActor() actor: Actor, @Args() { filter, ...page }: MarketListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => Market)
  market(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Market, {
    description: 'Publie un marché (ou un appel à candidatures) et sa grille de notation pondérée.',
  })
  createMarket(@CurrentActor() actor: Actor, @Args('input') input: CreateMarketInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Market, {
    description:
      'Modifie un marché et, tant qu’aucune candidature n’est notée, sa grille (verrouillage optimiste : la `version` lue ; CONFLICT sinon).',
  })
  updateMarket(@CurrentActor() actor: Actor, @Args('input') input: UpdateMarketInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => [ScoringCriterion], { description: 'La grille de notation, dans l’ordre.' })
  criteria(@Parent() market: Market, @Context() context: object) {
    return marketLoaders(context, this.dataSource).criteriaByMarket.load(market.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'La date limite de dépôt, en clair (« 31 janvier 2023 à 16 h », heure de Paris).',
  })
  bidsDueLabel(@Parent() market: Market): string | null {
    return market.bidsDueAt ? frenchDeadline(market.bidsDueAt) : null;
  }

  @ResolveField(() => [Lot], { description: 'Les lots ; un prestataire ne voit que ceux qu’il réalise.' })
  async lots(@Parent() market: Market, @CurrentActor() actor: Actor, @Context() context: object) {
    const lots = await marketLoaders(context, this.dataSource).lotsByMarket.load(market.id);
    return lots.filter((lot) => isOperatorOf(actor, lot) || isProviderOf(actor, lot));
  }
}
