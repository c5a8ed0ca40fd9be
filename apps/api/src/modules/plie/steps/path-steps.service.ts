import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OPEN_PATH_STATUSES,
  isLastingJob,
  jobFollowUpEnd,
  PathStatus,
  StepFacts,
  stepFieldErrors,
  StepOutcome,
  stepStart,
  todayInParis,
  TransitionTrigger,
} from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { PathStateService } from '../paths/path-state';
import { PliePath } from '../paths/plie-path.entity';
import { AddPathStepInput, UpdatePathStepInput } from './path-step.dto';
import { PathStep } from './path-step.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';

const STEP_FIELDS = [
  'title',
  'organisation',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'outcome',
  'outcomeNote',
  'qualifying',
  'contractType',
  'contractMonths',
  'workingTimePercent',
] as const;

/** Steps of an admitted path. A lasting job or a qualifying training starts the follow-up in employment, by rule. */
@Injectable()
export class PathStepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: PathStateService,
  ) {}

  async add(actor: Actor, input: AddPathStepInput): Promise<PathStep> {
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockOpen(manager, actor, input.pathId, OPEN_PATH_STATUSES);
      const facts: StepFacts & Partial<PathStep> = {
        kind: input.kind,
        title: input.title.trim(),
        organisation: input.organisation?.trim() || null,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd ?? null,
        actualStart: input.actualStart ?? null,
        actualEnd: input.actualEnd ?? null,
        outcome: input.outcome ?? StepOutcome.PLANNED,
        outcomeNote: input.outcomeNote?.trim() || null,
        qualifying: input.qualifying,
        contractType: input.contractType ?? null,
        contractMonths: input.contractMonths ?? null,
        workingTimePercent: input.workingTimePercent ?? null,
      };
      check(facts);
      const step = await saveNew(manager, PathStep, {
        ...facts,
        pathId: path.id,
        lastingJob: isLastingJob(facts),
        createdByUserId: actor.userId,
      });
      await this.state.recordEvent(manager, actor, path, 'plie.step.added', {
        stepId: step.id,
        kind: step.kind,
        lastingJob: step.lastingJob,
      });
      await this.applyFollowUpRule(manager, actor, path, step);
      return step;
    });
  }

  async update(actor: Actor, input: UpdatePathStepInput): Promise<PathStep> {
    return this.dataSource.transaction(async (manager) => {
      const { entry: found, path } = await this.state.lockEntry(
        manager,
        actor,
        PathStep,
        input.id,
        'Étape',
        OPEN_PATH_STATUSES,
      );
      const changes: Partial<PathStep> = {};
      for (const field of STEP_FIELDS) {
        const value = input[field];
        if (value !== undefined)
          (changes as Record<string, unknown>)[field] = typeof value === 'string' ? value.trim() || null : value;
      }
      if (changes.title === null) delete changes.title;
      const facts = { ...found, ...changes };
      check(facts);
      await updateVersioned(manager, PathStep, found.id, input.version, {
        ...changes,
        lastingJob: isLastingJob(facts),
      });
      const step = await manager.findOneByOrFail(PathStep, { id: found.id });
      await this.state.recordEvent(manager, actor, path, 'plie.step.updated', {
        stepId: step.id,
        fields: Object.keys(changes),
        lastingJob: step.lastingJob,
      });
      await this.applyFollowUpRule(manager, actor, path, step);
      return step;
    });
  }

  /**
   * A lasting job (hire + 6 months) or a qualifying training (until it ends) moves an active path to the follow-up in
   * employment; during a follow-up, a later end extends it.
   */
  private async applyFollowUpRule(manager: EntityManager, actor: Actor, path: PliePath, step: PathStep): Promise<void> {
    const end = jobFollowUpEnd(step);
    if (!end) return;
    const rule = step.lastingJob ? 'LASTING_JOB' : 'QUALIFYING_TRAINING';
    if (path.status === PathStatus.ACTIVE) {
      const start = stepStart(step)!;
      const today = todayInParis();
      const on = start > today ? today : start < path.statusChangedOn ? path.statusChangedOn : start;
      await this.state.transition(manager, actor, path, PathStatus.IN_JOB_FOLLOW_UP, TransitionTrigger.STEP, {
        on,
        details: { stepId: step.id, rule },
        set: { followUpEndsOn: end },
      });
    } else if (path.status === PathStatus.IN_JOB_FOLLOW_UP && (!path.followUpEndsOn || end > path.followUpEndsOn)) {
      await this.state.touch(manager, path, { followUpEndsOn: end });
    }
  }
}

function check(facts: StepFacts): void {
  const errors = stepFieldErrors(facts);
  const today = todayInParis();
  if (facts.actualStart && facts.actualStart > today)
    errors.actualStart = 'Le début réel ne peut pas être dans le futur : indiquez un début prévu.';
  if (facts.actualEnd && facts.actualEnd > today)
    errors.actualEnd = 'La fin réelle ne peut pas être dans le futur : indiquez une fin prévue.';
  if (Object.keys(errors).length > 0) throw new InputError(errors);
}
