import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { Lot } from '../lots/lot.entity';
import { LotConnection } from '../lots/lots.resolver';
import { marketLoaders } from '../markets.loaders';
import { Bid } from './bid.entity';
import { MyBidListArgs, OpenLotListArgs, SubmitBidInput, WithdrawBidInput } from './provider-bid.dto';
import { ProviderBidsService } from './provider-bids.service';

const BidConnection = Paginated(Bid);

/** The provider's side of the calls: open lots, its own bids, submit and withdraw. */
@Resolver(() => Bid)
export class ProviderBidsResolver {
  constructor(
    private readonly service: ProviderBidsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.BIDS_SUBMIT)
  @Query(() => LotConnection, {
    description: 'Les lots ouverts aux candidatures (non attribués, marché en cours), pour un prestataire.',
  })
  openLots(@CurrentActor() actor: Actor, @Args() page: OpenLotListArgs) {
    return this.service.openLots(actor, page);
  }

  @RequirePermissions(Permission.BIDS_SUBMIT)
  @Query(() => BidConnection, {
    description: 'Les candidatures de la structure prestataire courante, la plus récente d’abord.',
  })
  myBids(@CurrentActor() actor: Actor, @Args() page: MyBidListArgs) {
    return this.service.myBids(actor, page);
  }

  @RequirePermissions(Permission.BIDS_SUBMIT)
  @Mutation(() => Bid, {
    description:
      'Dépose la candidature de votre structure à un lot ouvert (une seule par lot ; une candidature retirée peut être redéposée).',
  })
  submitBid(@CurrentActor() actor: Actor, @Args('input') input: SubmitBidInput) {
    return this.service.submit(actor, input);
  }

  @RequirePermissions(Permission.BIDS_SUBMIT)
  @Mutation(() => Bid, {
    description:
      'Retire la candidature de votre structure avant l’attribution (BAD_USER_INPUT, `reason: LOT_ALREADY_AWARDED`, ensuite).',
  })
  withdrawBid(@CurrentActor() actor: Actor, @Args('input') input: WithdrawBidInput) {
    return this.service.withdraw(actor, input);
  }

  @ResolveField(() => Lot, { description: 'Le lot visé (intitulé, période, quantités).' })
  lot(@Parent() bid: Bid, @Context() context: object) {
    return marketLoaders(context, this.dataSource).lotById.load(bid.lotId);
  }
}
