import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  POSITIONING_MILESTONE_LABELS,
  PositioningMilestone,
  positioningScoreErrors,
  positioningSkill,
} from '@passerelle/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { throwIfErrors } from '../cej-checks';
import { CejContractState } from '../contracts/cej-contract-state';
import { CejContract, CejRenewal } from '../contracts/cej-contract.entity';
import { PositioningScoreInput, RecordCejPositioningInput, UpdateCejPositioningInput } from './cej-positioning.dto';
import { CejPositioning, CejPositioningScore } from './cej-positioning.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { findOrNotFound } from '../../../core/database/find';

/** Positioning sheets: one per milestone (initial, 6 months, 12 months) and one per renewal. */
@Injectable()
export class CejPositioningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
  ) {}

  async record(actor: Actor, input: RecordCejPositioningInput): Promise<CejPositioning> {
    checkNotFuture('date', input.date, 'Le positionnement se saisit une fois fait : pas de date dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      this.checkDate(contract, input.date);
      let renewalId: string | null = null;
      if (input.milestone === PositioningMilestone.RENEWAL) {
        const renewal =
          input.renewalId && isUuid(input.renewalId)
            ? await manager.findOneBy(CejRenewal, { id: input.renewalId, contractId: contract.id })
            : null;
        if (!renewal)
          throw new InputError({ renewalId: 'Choisissez le renouvellement du contrat auquel la fiche se rapporte.' });
        renewalId = renewal.id;
      } else if (input.renewalId) {
        throw new InputError({ renewalId: 'Seule une fiche de renouvellement se rapporte à un renouvellement.' });
      }
      const existing = await manager.findOneBy(CejPositioning, {
        contractId: contract.id,
        milestone: input.milestone,
        renewalId: renewalId ?? IsNull(),
      });
      if (existing)
        throw new InputError({
          milestone: `La fiche « ${POSITIONING_MILESTONE_LABELS[input.milestone]} » est déjà saisie : modifiez-la.`,
        });
      throwIfErrors(positioningScoreErrors(input.scores));
      const positioning = await saveNew(manager, CejPositioning, {
        contractId: contract.id,
        milestone: input.milestone,
        renewalId,
        date: input.date,
        youngPersonComment: input.youngPersonComment?.trim() || null,
        counsellorComment: input.counsellorComment?.trim() || null,
        recordedByUserId: actor.userId,
        scores: scoreRows(input.scores),
      });
      await this.state.record(manager, actor, contract, 'cej.positioning.recorded', {
        positioningId: positioning.id,
        milestone: input.milestone,
      });
      return manager.findOneOrFail(CejPositioning, { where: { id: positioning.id }, relations: { scores: true } });
    });
  }

  async update(actor: Actor, input: UpdateCejPositioningInput): Promise<CejPositioning> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findOrNotFound(manager, CejPositioning, { id: input.id }, 'Fiche de positionnement');
      const contract = await this.state.lock(manager, actor, found.contractId, 'Fiche de positionnement');
      const changes: Partial<CejPositioning> = {};
      if (input.date !== undefined) {
        checkNotFuture('date', input.date);
        this.checkDate(contract, input.date);
        changes.date = input.date;
      }
      if (input.youngPersonComment !== undefined) changes.youngPersonComment = input.youngPersonComment?.trim() || null;
      if (input.counsellorComment !== undefined) changes.counsellorComment = input.counsellorComment?.trim() || null;
      await updateVersioned(manager, CejPositioning, found.id, input.version, { ...changes });
      if (input.scores) await this.replaceScores(manager, found.id, input.scores);
      await this.state.record(manager, actor, contract, 'cej.positioning.updated', {
        positioningId: found.id,
        fields: [...Object.keys(changes), ...(input.scores ? ['scores'] : [])],
      });
      return manager.findOneOrFail(CejPositioning, { where: { id: found.id }, relations: { scores: true } });
    });
  }

  private async replaceScores(
    manager: EntityManager,
    positioningId: string,
    scores: PositioningScoreInput[],
  ): Promise<void> {
    throwIfErrors(positioningScoreErrors(scores));
    await manager.delete(CejPositioningScore, { positioningId });
    await manager.insert(
      CejPositioningScore,
      scoreRows(scores).map((row) => ({ ...row, positioningId })),
    );
  }

  private checkDate(contract: CejContract, date: string): void {
    const last = contract.endedOn ?? contract.endOn;
    if (date < contract.startOn || date > last)
      throw new InputError({
        date: `Le positionnement a lieu pendant le contrat (du ${contract.startOn} au ${last}).`,
      });
  }
}

function scoreRows(scores: PositioningScoreInput[]) {
  return scores.map((s) => ({ skill: s.skill, field: positioningSkill(s.skill)!.field, score: s.score }));
}
