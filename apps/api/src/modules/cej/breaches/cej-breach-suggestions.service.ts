import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CejActionOutcome } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { CejBreach } from '../allowance/cej-allowance.entity';
import { CejContractState } from '../contracts/cej-contract-state';
import { CejAction } from '../planning/cej-action.entity';
import { DismissCejBreachSuggestionInput } from './cej-breach-suggestion.dto';
import { updateVersioned } from '../../../core/database/writes';
import { findOrNotFound } from '../../../core/database/find';

/** Breach suggestions are confirmed with recordCejBreach (actionId); this sets one aside, with its reason. */
@Injectable()
export class CejBreachSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
  ) {}

  async dismiss(actor: Actor, input: DismissCejBreachSuggestionInput): Promise<CejAction> {
    if (!input.reason.trim()) throw new InputError({ reason: 'Indiquez pourquoi le manquement est écarté.' });
    return this.dataSource.transaction(async (manager) => {
      const action = await findOrNotFound(manager, CejAction, { id: input.actionId }, 'Action');
      const contract = await this.state.lock(manager, actor, action.contractId, 'Action');
      this.state.assertSigned(contract);
      if (action.outcome !== CejActionOutcome.NOT_DONE_UNEXCUSED)
        throw new InputError({ actionId: 'Seule une absence injustifiée suggère un manquement.' });
      if (await manager.existsBy(CejBreach, { actionId: action.id }))
        throw new InputError({ actionId: 'Le manquement est déjà confirmé pour cette absence.' });
      if (action.breachDismissedAt) throw new InputError({ actionId: 'Ce manquement suggéré est déjà écarté.' });
      await updateVersioned(manager, CejAction, action.id, input.version, {
        breachDismissedAt: () => 'now()',
        breachDismissalNote: input.reason.trim(),
        breachDismissedByUserId: actor.userId,
      });
      await this.state.record(manager, actor, contract, 'cej.breach.dismissed', { actionId: action.id });
      return manager.findOneByOrFail(CejAction, { id: action.id });
    });
  }
}
