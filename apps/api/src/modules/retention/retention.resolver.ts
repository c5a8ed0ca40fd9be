import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Paginated } from '../../core/graphql/pagination';
import { RetentionReview } from './retention-review.entity';
import { DecideRetentionReviewInput, RetentionReviewListArgs, RetentionService } from './retention.service';

const RetentionReviewConnection = Paginated(RetentionReview);

@Resolver(() => RetentionReview)
export class RetentionResolver {
  constructor(private readonly service: RetentionService) {}

  @RequirePermissions(Permission.RETENTION_MANAGE)
  @Query(() => RetentionReviewConnection, {
    description: 'Les dossiers arrivés au terme de leur durée de conservation, les plus anciens d’abord.',
  })
  retentionReviews(@CurrentActor() actor: Actor, @Args() args: RetentionReviewListArgs) {
    return this.service.list(actor, args);
  }

  @RequirePermissions(Permission.RETENTION_MANAGE)
  @Mutation(() => RetentionReview, {
    description:
      'Décide du sort d’un dossier : conserver jusqu’à une date, ou demander sa suppression (faite par une personne, jamais automatiquement).',
  })
  decideRetentionReview(@CurrentActor() actor: Actor, @Args('input') input: DecideRetentionReviewInput) {
    return this.service.decide(actor, input);
  }
}
