import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, rankBids } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Loaders } from '../../../core/graphql/loaders';
import { Paginated } from '../../../core/graphql/pagination';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Bid, BidMark, BidMember } from '../bids/bid.entity';
import { Convention } from '../conventions/convention.entity';
import { isOperatorOf, reachesLot } from '../lot-access';
import { marketLoaders } from '../markets.loaders';
import { Market } from '../markets/market.entity';
import { CreateLotInput, LotListArgs, UpdateLotInput } from './lot.dto';
import { Lot, LotQuantities, QUANTITY_FIELDS } from './lot.entity';
import { LotsService } from './lots.service';

export const LotConnection = Paginated(Lot);

@Resolver(() => Lot)
export class LotsResolver {
  constructor(
    private readonly service: LotsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => LotConnection, {
    description:
      'Les lots des marchés de la structure porteuse ; pour un prestataire, les lots qu’il réalise (convention signée).',
  })
  lots(@CurrentActor() actor: Actor, @Args() { filter, ...page }: LotListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => Lot)
  lot(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Lot)
  createLot(@CurrentActor() actor: Actor, @Args('input') input: CreateLotInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Lot, { description: 'Modifie un lot (verrouillage optimiste : la `version` lue).' })
  updateLot(@CurrentActor() actor: Actor, @Args('input') input: UpdateLotInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => Market)
  market(@Parent() lot: Lot, @Context() context: object) {
    return marketLoaders(context, this.dataSource).marketById.load(lot.marketId);
  }

  @ResolveField(() => LotQuantities)
  quantities(@Parent() lot: Lot): LotQuantities {
    return Object.fromEntries(QUANTITY_FIELDS.map((f) => [f, lot[f]])) as unknown as LotQuantities;
  }

  @ResolveField(() => Structure, {
    nullable: true,
    description: 'Le prestataire retenu (null pour qui n’est ni la structure porteuse ni ce prestataire).',
  })
  awardedProvider(@Parent() lot: Lot, @CurrentActor() actor: Actor, @Context() context: { loaders: Loaders }) {
    if (!lot.awardedStructureId || !reachesLot(actor, lot)) return null;
    return context.loaders.structureById.load(lot.awardedStructureId);
  }

  @ResolveField(() => ID, { nullable: true, description: 'Même règle que `awardedProvider`.' })
  awardedStructureId(@Parent() lot: Lot, @CurrentActor() actor: Actor): string | null {
    return reachesLot(actor, lot) ? lot.awardedStructureId : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Jour de signature de la convention (AAAA-MM-JJ) ; même règle que `convention`.',
  })
  conventionSignedOn(@Parent() lot: Lot, @CurrentActor() actor: Actor): string | null {
    return reachesLot(actor, lot) ? lot.conventionSignedOn : null;
  }

  @ResolveField(() => Convention, {
    nullable: true,
    description:
      'La convention : réservée à la structure porteuse et au prestataire retenu, y compris par une candidature.',
  })
  convention(@Parent() lot: Lot, @CurrentActor() actor: Actor, @Context() context: object) {
    if (!reachesLot(actor, lot)) return null;
    return marketLoaders(context, this.dataSource).conventionByLot.load(lot.id);
  }

  @ResolveField(() => [Bid], {
    description:
      'Les candidatures, la mieux notée d’abord : réservées à la structure porteuse (vide pour un prestataire).',
  })
  async bids(@Parent() lot: Lot, @CurrentActor() actor: Actor, @Context() context: object): Promise<Bid[]> {
    if (!isOperatorOf(actor, lot)) return [];
    const bids = await marketLoaders(context, this.dataSource).bidsByLot.load(lot.id);
    const ranks = rankBids(bids);
    return [...bids].sort((a, b) => (ranks.get(a.id) ?? 1e9) - (ranks.get(b.id) ?? 1e9));
  }
}

@Resolver(() => BidMember)
export class BidMemberFieldsResolver {
  @ResolveField(() => Structure, { description: 'La structure membre du groupement.' })
  structure(@Parent() member: BidMember, @Context() context: { loaders: Loaders }) {
    return context.loaders.structureById.load(member.memberStructureId);
  }
}

@Resolver(() => Bid)
export class BidFieldsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => Structure)
  provider(@Parent() bid: Bid, @Context() context: { loaders: Loaders }) {
    return context.loaders.structureById.load(bid.providerStructureId);
  }

  @ResolveField(() => [BidMember], {
    description:
      'Réponse en groupement : le mandataire puis les cotraitants, avec leurs parts (totalisant 100 %) ; vide pour une candidature seule.',
  })
  members(@Parent() bid: Bid, @Context() context: object) {
    return marketLoaders(context, this.dataSource).membersByBid.load(bid.id);
  }

  @ResolveField(() => [BidMark])
  marks(@Parent() bid: Bid, @Context() context: object) {
    return marketLoaders(context, this.dataSource).marksByBid.load(bid.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Rang dans le lot (1 = la mieux notée) ; null tant que la candidature n’est pas notée.',
  })
  async rank(@Parent() bid: Bid, @Context() context: object): Promise<number | null> {
    const bids = await marketLoaders(context, this.dataSource).bidsByLot.load(bid.lotId);
    return rankBids(bids).get(bid.id) ?? null;
  }
}
