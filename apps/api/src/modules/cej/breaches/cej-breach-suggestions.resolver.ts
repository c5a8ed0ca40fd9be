import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { breachSuggestionEffect, CEJ_RUNNING_STATUSES, CejActionOutcome, Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import { CejAction } from '../planning/cej-action.entity';
import { CejBreachSuggestion, DismissCejBreachSuggestionInput } from './cej-breach-suggestion.dto';
import { CejBreachSuggestionsService } from './cej-breach-suggestions.service';

@Resolver(() => CejContract)
export class CejBreachSuggestionsResolver {
  constructor(
    private readonly service: CejBreachSuggestionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejAction, {
    description:
      'Écarte le manquement suggéré par une absence injustifiée, avec sa raison ; pour le confirmer, `recordCejBreach` avec `actionId`.',
  })
  dismissCejBreachSuggestion(@CurrentActor() actor: Actor, @Args('input') input: DismissCejBreachSuggestionInput) {
    return this.service.dismiss(actor, input);
  }

  @ResolveField(() => [CejBreachSuggestion], {
    description:
      'Les absences injustifiées du planning ni confirmées en manquement ni écartées, la plus ancienne d’abord, avec l’effet qu’aurait la confirmation sur l’allocation. Rien n’est appliqué d’office.',
  })
  async breachSuggestions(@Parent() contract: CejContract, @Context() context: object): Promise<CejBreachSuggestion[]> {
    // A breach is recorded on a running contract only: nothing to suggest on a draft or an ended one.
    if (!CEJ_RUNNING_STATUSES.includes(contract.status)) return [];
    const loaders = cejLoaders(context, this.dataSource);
    const [actions, breaches] = await Promise.all([
      loaders.actionsByContract.load(contract.id),
      loaders.breachesByContract.load(contract.id),
    ]);
    const confirmed = new Set(breaches.map((b) => b.actionId));
    const effect = breachSuggestionEffect(breaches.length);
    return actions
      .filter((a) => a.outcome === CejActionOutcome.NOT_DONE_UNEXCUSED && !a.breachDismissedAt && !confirmed.has(a.id))
      .map((action) => ({ action, effect }));
  }
}
