import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Convention, ConventionAmendment } from '../conventions/convention.entity';
import { AmendConventionInput, SignConventionInput } from '../conventions/convention.dto';
import { ConventionsService } from '../conventions/conventions.service';
import { AwardLotInput, RecordBidInput, ScoreBidInput } from './bid.dto';
import { Bid } from './bid.entity';
import { BidsService } from './bids.service';

@Resolver(() => Bid)
export class BidsResolver {
  constructor(
    private readonly service: BidsService,
    private readonly conventions: ConventionsService,
  ) {}

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Bid, { description: 'Enregistre la candidature d’un prestataire à un lot.' })
  recordBid(@CurrentActor() actor: Actor, @Args('input') input: RecordBidInput) {
    return this.service.record(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Bid, {
    description:
      'Note une candidature sur la grille du marché ; la note pondérée sur 100 est calculée quand tous les critères sont notés.',
  })
  scoreBid(@CurrentActor() actor: Actor, @Args('input') input: ScoreBidInput) {
    return this.service.score(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Bid, {
    description:
      'Attribue le lot à une candidature notée (BAD_USER_INPUT, `reason: BID_NOT_SCORED`, sinon) ; une candidature qui n’est pas la mieux notée exige une justification.',
  })
  awardLot(@CurrentActor() actor: Actor, @Args('input') input: AwardLotInput) {
    return this.service.award(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => Convention, {
    description: 'Enregistre la convention signée avec le prestataire retenu : il peut alors réaliser l’action.',
  })
  signConvention(@CurrentActor() actor: Actor, @Args('input') input: SignConventionInput) {
    return this.conventions.sign(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => ConventionAmendment, {
    description:
      'Enregistre un avenant à la convention (date, motif, ce qui change) ; la convention prend les nouveaux termes, l’avenant garde les anciens.',
  })
  amendConvention(@CurrentActor() actor: Actor, @Args('input') input: AmendConventionInput) {
    return this.conventions.amend(actor, input);
  }
}
