import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BookletEntryKind,
  DONE_OUTCOMES,
  FINAL_EVALUATION_THEME_FIELDS,
  FINAL_EVALUATION_THEME_LABELS,
  FinalEvaluationTheme,
  positioningProgress,
  TutorCriterion,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { User } from '../../../core/tenancy/users/user.entity';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { Participant } from '../../participants/participant.entity';
import { CejContractState } from '../contracts/cej-contract-state';
import { CejContract } from '../contracts/cej-contract.entity';
import { CejAction } from '../planning/cej-action.entity';
import { CejPositioning } from '../positioning/cej-positioning.entity';
import {
  AddCejBookletEntryInput,
  CejFinalEvaluationRow,
  SaveCejMarketKnowledgeInput,
  SaveCejTransversalSkillInput,
  SetCejFinalEvaluationInput,
  TutorRatingInput,
  UpdateCejBookletEntryInput,
} from './cej-booklet.dto';
import { CejBookletEntry, CejFinalEvaluation, CejMarketKnowledge, CejTransversalSkill } from './cej-booklet.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

/** Everything the booklet and the final evaluation show, read at once (for the PDF and the workbook). */
export interface BookletData {
  contract: CejContract;
  participant: Participant;
  counsellor: User | null;
  actions: CejAction[];
  entries: CejBookletEntry[];
  skills: CejTransversalSkill[];
  market: CejMarketKnowledge[];
  positionings: CejPositioning[];
  finalEvaluation: CejFinalEvaluationRow[];
}

function ratingsOf(
  ratings: TutorRatingInput[] | null | undefined,
  kind: BookletEntryKind,
): Record<string, number> | null {
  if (!ratings?.length) return null;
  if (kind !== BookletEntryKind.TUTOR_REVIEW)
    throw new InputError({ ratings: 'Seul un bilan de tuteur porte des notes.' });
  const seen = new Set<TutorCriterion>();
  for (const rating of ratings) {
    if (seen.has(rating.criterion)) throw new InputError({ ratings: 'Chaque critère est noté une seule fois.' });
    seen.add(rating.criterion);
  }
  return Object.fromEntries(ratings.map((r) => [r.criterion, r.score]));
}

/** The final evaluation table: one row per theme, filled or not, with the progress of the matching positioning field. */
export function finalEvaluationRows(
  rows: CejFinalEvaluation[],
  positionings: CejPositioning[],
): CejFinalEvaluationRow[] {
  const first = positionings[0];
  const last = positionings[positionings.length - 1];
  const fields =
    first && last && first.id !== last.id
      ? positioningProgress(first.scores, last.scores).fields
      : first
        ? positioningProgress(first.scores, first.scores).fields
        : [];
  return Object.values(FinalEvaluationTheme).map((theme) => {
    const row = rows.find((r) => r.theme === theme);
    const field = FINAL_EVALUATION_THEME_FIELDS[theme];
    const progress = field ? fields.find((f) => f.field === field) : undefined;
    return {
      theme,
      themeLabel: FINAL_EVALUATION_THEME_LABELS[theme],
      skillsAcquired: row?.skillsAcquired ?? '',
      progress: row?.progress ?? '',
      areasToImprove: row?.areasToImprove ?? '',
      version: row?.version ?? null,
      positioningField: field,
      positioningBefore: progress?.before ?? null,
      positioningAfter: first && last && first.id !== last.id ? (progress?.after ?? null) : null,
    };
  });
}

@Injectable()
export class CejBookletService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
  ) {}

  async addEntry(actor: Actor, input: AddCejBookletEntryInput): Promise<CejBookletEntry> {
    checkNotFuture('date', input.date);
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      if (
        input.actionId &&
        !(
          isUuid(input.actionId) && (await manager.existsBy(CejAction, { id: input.actionId, contractId: contract.id }))
        )
      ) {
        throw new InputError({ actionId: 'Cette action n’appartient pas au planning du contrat.' });
      }
      const entry = await saveNew(manager, CejBookletEntry, {
        contractId: contract.id,
        kind: input.kind,
        date: input.date,
        title: input.title.trim(),
        content: input.content.trim(),
        author: input.author?.trim() || null,
        organisation: input.organisation?.trim() || null,
        actionId: input.actionId ?? null,
        ratings: ratingsOf(input.ratings, input.kind),
        createdByUserId: actor.userId,
      });
      await this.state.record(manager, actor, contract, 'cej.booklet.entry.added', {
        entryId: entry.id,
        kind: entry.kind,
      });
      return entry;
    });
  }

  async updateEntry(actor: Actor, input: UpdateCejBookletEntryInput): Promise<CejBookletEntry> {
    return this.dataSource.transaction(async (manager) => {
      const { row, contract } = await this.lockChild(manager, actor, CejBookletEntry, input.id, 'Entrée du livret');
      const changes: Partial<CejBookletEntry> = {};
      if (input.date !== undefined) {
        checkNotFuture('date', input.date);
        changes.date = input.date;
      }
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.content !== undefined) changes.content = input.content.trim();
      if (input.author !== undefined) changes.author = input.author?.trim() || null;
      if (input.organisation !== undefined) changes.organisation = input.organisation?.trim() || null;
      if (input.ratings !== undefined) changes.ratings = ratingsOf(input.ratings, row.kind);
      const updated = await this.saveVersioned(manager, CejBookletEntry, row.id, input.version, changes);
      await this.state.record(manager, actor, contract, 'cej.booklet.entry.updated', {
        entryId: row.id,
        fields: Object.keys(changes),
      });
      return updated;
    });
  }

  async saveSkill(actor: Actor, input: SaveCejTransversalSkillInput): Promise<CejTransversalSkill> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      const values = {
        label: input.label.trim(),
        status: input.status,
        transposition: input.transposition?.trim() || null,
      };
      let saved: CejTransversalSkill;
      if (input.id) {
        const existing = isUuid(input.id)
          ? await manager.findOneBy(CejTransversalSkill, { id: input.id, contractId: contract.id })
          : null;
        if (!existing) throw new NotFoundError('Compétence transversale');
        if (input.version === undefined)
          throw new InputError({ version: 'La version lue est obligatoire pour modifier cette compétence.' });
        saved = await this.saveVersioned(manager, CejTransversalSkill, existing.id, input.version, values);
      } else {
        saved = await saveNew(manager, CejTransversalSkill, { ...values, contractId: contract.id });
      }
      await this.state.record(manager, actor, contract, 'cej.booklet.skill.saved', {
        skillId: saved.id,
        status: saved.status,
      });
      return saved;
    });
  }

  async saveMarketKnowledge(actor: Actor, input: SaveCejMarketKnowledgeInput): Promise<CejMarketKnowledge> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      const values = {
        kind: input.kind,
        name: input.name.trim(),
        commune: input.commune?.trim() || null,
        distanceKm: input.distanceKm ?? null,
        seasonality: input.seasonality?.trim() || null,
        note: input.note?.trim() || null,
      };
      let saved: CejMarketKnowledge;
      if (input.id) {
        const existing = isUuid(input.id)
          ? await manager.findOneBy(CejMarketKnowledge, { id: input.id, contractId: contract.id })
          : null;
        if (!existing) throw new NotFoundError('Élément du bassin d’emploi');
        if (input.version === undefined)
          throw new InputError({ version: 'La version lue est obligatoire pour modifier cet élément.' });
        saved = await this.saveVersioned(manager, CejMarketKnowledge, existing.id, input.version, values);
      } else {
        saved = await saveNew(manager, CejMarketKnowledge, { ...values, contractId: contract.id });
      }
      await this.state.record(manager, actor, contract, 'cej.booklet.market.saved', {
        itemId: saved.id,
        kind: saved.kind,
      });
      return saved;
    });
  }

  async setFinalEvaluation(actor: Actor, input: SetCejFinalEvaluationInput): Promise<CejFinalEvaluation> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      const values = {
        skillsAcquired: input.skillsAcquired.trim(),
        progress: input.progress.trim(),
        areasToImprove: input.areasToImprove.trim(),
        updatedByUserId: actor.userId,
      };
      const existing = await manager.findOneBy(CejFinalEvaluation, { contractId: contract.id, theme: input.theme });
      let saved: CejFinalEvaluation;
      if (existing) {
        if (input.version === undefined)
          throw new ConflictError(
            'Ce thème est déjà rempli : rechargez le tableau et renvoyez la ligne avec sa version.',
          );
        saved = await this.saveVersioned(manager, CejFinalEvaluation, existing.id, input.version, values);
      } else {
        saved = await saveNew(manager, CejFinalEvaluation, { ...values, contractId: contract.id, theme: input.theme });
      }
      await this.state.record(manager, actor, contract, 'cej.final-evaluation.saved', { theme: input.theme });
      return saved;
    });
  }

  /** The whole booklet of a contract in scope; reading it for an export is traced. */
  async load(actor: Actor, contractId: string, action: string): Promise<BookletData> {
    const manager = this.dataSource.manager;
    const contract = await this.state.find(manager, actor, contractId);
    const [participant, counsellor, actions, entries, skills, market, positionings, evaluations] = await Promise.all([
      manager.findOneByOrFail(Participant, { id: contract.participantId }),
      manager.findOneBy(User, { id: contract.counsellorUserId }),
      manager.find(CejAction, {
        where: { contractId: contract.id, outcome: In([...DONE_OUTCOMES]) },
        order: { date: 'ASC', createdAt: 'ASC' },
      }),
      manager.find(CejBookletEntry, { where: { contractId: contract.id }, order: { date: 'ASC', createdAt: 'ASC' } }),
      manager.find(CejTransversalSkill, { where: { contractId: contract.id }, order: { status: 'ASC', label: 'ASC' } }),
      manager.find(CejMarketKnowledge, { where: { contractId: contract.id }, order: { kind: 'ASC', name: 'ASC' } }),
      manager.find(CejPositioning, {
        where: { contractId: contract.id },
        relations: { scores: true },
        order: { date: 'ASC', createdAt: 'ASC' },
      }),
      manager.find(CejFinalEvaluation, { where: { contractId: contract.id } }),
    ]);
    await this.state.record(manager, actor, contract, action);
    return {
      contract,
      participant,
      counsellor,
      actions,
      entries,
      skills,
      market,
      positionings,
      finalEvaluation: finalEvaluationRows(evaluations, positionings),
    };
  }

  private async lockChild<T extends { id: string; contractId: string }>(
    manager: EntityManager,
    actor: Actor,
    entity: new () => T,
    id: string,
    what: string,
  ): Promise<{ row: T; contract: CejContract }> {
    if (!isUuid(id)) throw new NotFoundError(what);
    const row = await manager.findOneBy(entity, { id } as never);
    if (!row) throw new NotFoundError(what);
    const contract = await this.state.lock(manager, actor, row.contractId, what);
    return { row, contract };
  }

  private async saveVersioned<T extends { id: string }>(
    manager: EntityManager,
    entity: new () => T,
    id: string,
    version: number,
    changes: Partial<T>,
  ): Promise<T> {
    await updateVersioned(manager, entity, id, version, changes as never);
    return manager.findOneByOrFail(entity, { id } as never);
  }
}
