import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequireAnyPermission } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { RecordFollowUpInput, UpdateFollowUpInput } from './follow-up.dto';
import { FollowUp } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';

@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(private readonly service: FollowUpsService) {}

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => FollowUp, { description: 'Enregistre un entretien, une relance ou une réunion collective.' })
  recordFollowUp(@CurrentActor() actor: Actor, @Args('input') input: RecordFollowUpInput) {
    return this.service.record(actor, input);
  }

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => FollowUp, {
    description: 'Met à jour une ligne du suivi (une relance qui a reçu une réponse, par exemple).',
  })
  updateFollowUp(@CurrentActor() actor: Actor, @Args('input') input: UpdateFollowUpInput) {
    return this.service.update(actor, input);
  }
}
