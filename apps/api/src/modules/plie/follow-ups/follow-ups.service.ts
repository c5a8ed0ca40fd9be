import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FollowUpKind, INTERVIEW_MODES } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { PathStateService } from '../paths/path-state';
import { RecordFollowUpInput, UpdateFollowUpInput } from './follow-up.dto';
import { FollowUp } from './follow-up.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

/** The follow-up log of a path that is not over: interviews, reminders, collective meetings. */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: PathStateService,
  ) {}

  async record(actor: Actor, input: RecordFollowUpInput): Promise<FollowUp> {
    checkNotFuture('date', input.date);
    const fields = kindFields(input);
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockOpen(manager, actor, input.pathId);
      const entry = await saveNew(manager, FollowUp, {
        pathId: path.id,
        kind: input.kind,
        date: input.date,
        ...fields,
        byUserId: actor.userId,
      });
      await this.state.recordEvent(manager, actor, path, 'plie.follow-up.recorded', {
        followUpId: entry.id,
        kind: entry.kind,
      });
      return entry;
    });
  }

  async update(actor: Actor, input: UpdateFollowUpInput): Promise<FollowUp> {
    return this.dataSource.transaction(async (manager) => {
      const { entry, path } = await this.state.lockEntry(manager, actor, FollowUp, input.id, 'Suivi');
      if (input.answered !== undefined && entry.kind !== FollowUpKind.REMINDER)
        throw new InputError({ answered: 'Seule une relance peut être répondue.' });
      if (input.attended !== undefined && entry.kind !== FollowUpKind.COLLECTIVE_MEETING)
        throw new InputError({ attended: 'La présence concerne une réunion collective.' });
      const changes = {
        ...(input.answered !== undefined ? { answered: input.answered } : {}),
        ...(input.attended !== undefined ? { attended: input.attended } : {}),
        ...(input.summary !== undefined ? { summary: input.summary?.trim() || null } : {}),
        ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      };
      await updateVersioned(manager, FollowUp, entry.id, input.version, { ...changes });
      await this.state.recordEvent(manager, actor, path, 'plie.follow-up.updated', {
        followUpId: entry.id,
        fields: Object.keys(changes),
      });
      return manager.findOneByOrFail(FollowUp, { id: entry.id });
    });
  }
}

/** What each kind of entry needs, with French messages for what is missing or out of place. */
function kindFields(input: RecordFollowUpInput): Partial<FollowUp> {
  const errors: Record<string, string> = {};
  const summary = input.summary?.trim() || null;
  let fields: Partial<FollowUp> = {};
  switch (input.kind) {
    case FollowUpKind.INTERVIEW:
      if (!input.mode || !INTERVIEW_MODES.includes(input.mode))
        errors.mode = 'Précisez la modalité de l’entretien : en présentiel, par téléphone ou en visioconférence.';
      if (input.durationMinutes == null)
        errors.durationMinutes = 'La durée de l’entretien est obligatoire (en minutes).';
      fields = {
        durationMinutes: input.durationMinutes ?? null,
        mode: input.mode ?? null,
        summary,
        topic: null,
        answered: null,
        attended: null,
      };
      break;
    case FollowUpKind.REMINDER:
      fields = {
        durationMinutes: null,
        mode: input.mode ?? null,
        summary,
        topic: null,
        answered: input.answered ?? false,
        attended: null,
      };
      break;
    case FollowUpKind.COLLECTIVE_MEETING:
      if (!input.topic?.trim()) errors.topic = 'Le thème de la réunion est obligatoire.';
      fields = {
        durationMinutes: input.durationMinutes ?? null,
        mode: input.mode ?? null,
        summary,
        topic: input.topic?.trim() || null,
        answered: null,
        attended: input.attended ?? true,
      };
      break;
  }
  if (input.answered != null && input.kind !== FollowUpKind.REMINDER)
    errors.answered = 'Seule une relance peut être répondue.';
  if (input.attended != null && input.kind !== FollowUpKind.COLLECTIVE_MEETING)
    errors.attended = 'La présence concerne une réunion collective.';
  if (Object.keys(errors).length > 0) throw new InputError(errors);
  return fields;
}
