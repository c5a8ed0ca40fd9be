import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CEJ_EXIT_REASON_LABELS,
  CejExitReason,
  ML_ACTIVITY_MEASURE_LABELS,
  MlActivityMeasure,
  OperatorType,
  Role,
  POSITIVE_CEJ_EXIT_REASONS,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';
import { findOrNotFound } from '../../core/database/find';
import { saveNew, updateVersioned } from '../../core/database/writes';
import { ForbiddenError, InputError } from '../../core/graphql/errors';
import { requireStructureId } from '../../core/tenancy/scope';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { Membership } from '../../core/tenancy/users/user.entity';
import { monthsBetween } from '../analytics/drop-off.service';
import {
  findReachableParticipant,
  participantStructureId,
  recordParticipantEvent,
} from '../participants/participant-access';
import {
  MlActivity,
  MlActivityFilter,
  MlActivityCount,
  RecordMlContactInput,
  UpdateMlContactInput,
} from './ml-contact.dto';
import { MlContact } from './ml-contact.entity';
import { ML_ACTIVITY_SQL } from './ml-activity.sql';

const MEASURES = Object.values(MlActivityMeasure);
/** Who has contacts with young people: the structure's counsellors and coordinators. */
const FOLLOWING_ROLES = [Role.COUNSELLOR, Role.COORDINATOR];

type Row = {
  measure: MlActivityMeasure;
  month: string | null;
  branch: string | null;
  branchName: string | null;
  reason: string | null;
  n: number;
  groupedBy: string;
};

/** Mission Locale contacts with young people, and the activity dashboard they feed (seeds 000 and 003). */
@Injectable()
export class MlActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, participantId: string): Promise<MlContact[]> {
    const participant = await findReachableParticipant(this.dataSource.manager, actor, participantId);
    return this.dataSource.manager.find(MlContact, {
      where: { participantId: participant.id },
      order: { date: 'DESC', createdAt: 'DESC' },
    });
  }

  async record(actor: Actor, input: RecordMlContactInput): Promise<MlContact> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await findReachableParticipant(manager, actor, input.participantId, true);
      await this.assertMissionLocale(manager, participant.structureId);
      const userId = input.userId ?? actor.userId;
      if (!userId) throw new InputError({ userId: 'Indiquez le conseiller ou la conseillère.' });
      await this.check(manager, participant.structureId, { date: input.date, userId, branchId: input.branchId });
      const contact = await saveNew(manager, MlContact, {
        structureId: participant.structureId,
        participantId: participant.id,
        kind: input.kind,
        date: input.date,
        userId,
        branchId: input.branchId === undefined ? participant.branchId : input.branchId,
        note: input.note?.trim() || null,
        createdByUserId: actor.userId,
      });
      await recordParticipantEvent(this.audit, manager, actor, participant, 'ml.contact.recorded', {
        contactId: contact.id,
        kind: contact.kind,
      });
      return contact;
    });
  }

  async update(actor: Actor, input: UpdateMlContactInput): Promise<MlContact> {
    return this.dataSource.transaction(async (manager) => {
      const scope = participantStructureId(actor);
      const contact = await findOrNotFound(
        manager,
        MlContact,
        { id: input.id, ...(scope ? { structureId: scope } : {}) },
        'Contact',
      );
      await this.check(manager, contact.structureId, input);
      const changes: Partial<MlContact> = {};
      if (input.kind !== undefined && input.kind !== null) changes.kind = input.kind;
      if (input.date !== undefined && input.date !== null) changes.date = input.date;
      if (input.userId !== undefined && input.userId !== null) changes.userId = input.userId;
      if (input.branchId !== undefined) changes.branchId = input.branchId;
      if (input.note !== undefined) changes.note = input.note?.trim() || null;
      await updateVersioned(manager, MlContact, contact.id, input.version, changes);
      await recordParticipantEvent(
        this.audit,
        manager,
        actor,
        { id: contact.participantId, structureId: contact.structureId },
        'ml.contact.updated',
        { contactId: contact.id, fields: Object.keys(changes) },
      );
      return manager.findOneByOrFail(MlContact, { id: contact.id });
    });
  }

  async activity(actor: Actor, filter: MlActivityFilter): Promise<MlActivity> {
    if (filter.to < filter.from) throw new InputError({ to: 'La fin de la période précède son début.' });
    const months = monthsBetween(filter.from, filter.to);
    if (months.length > 36) throw new InputError({ to: '36 mois au plus.' });
    const structureId = requireStructureId(actor);
    const rows: Row[] = await this.dataSource.query(ML_ACTIVITY_SQL, [
      structureId,
      filter.from,
      filter.to,
      filter.branchId ?? null,
    ]);
    const of = (groupedBy: string) => rows.filter((row) => row.groupedBy === groupedBy);
    const counts = (selected: Row[]): MlActivityCount[] =>
      MEASURES.map((measure) => ({ measure, count: selected.find((r) => r.measure === measure)?.n ?? 0 }));
    const branches = [...new Map(of('branch').map((r) => [r.branch!, r.branchName!])).entries()].sort((a, b) =>
      a[1].localeCompare(b[1], 'fr'),
    );
    return {
      from: filter.from,
      to: filter.to,
      months,
      series: MEASURES.map((measure) => ({
        measure,
        label: ML_ACTIVITY_MEASURE_LABELS[measure],
        values: months.map((month) => of('month').find((r) => r.measure === measure && r.month === month)?.n ?? 0),
      })),
      totals: counts(of('total')),
      byBranch: branches.map(([key, label]) => ({
        key,
        label,
        counts: counts(of('branch').filter((r) => r.branch === key)),
      })),
      exitsByReason: Object.values(CejExitReason).map((reason) => ({
        reason,
        label: CEJ_EXIT_REASON_LABELS[reason],
        positive: POSITIVE_CEJ_EXIT_REASONS.includes(reason),
        count: of('reason').find((r) => r.measure === MlActivityMeasure.CEJ_EXITS && r.reason === reason)?.n ?? 0,
      })),
    };
  }

  /** Contacts are a Mission Locale's: a PLIE or a provider records its follow-up elsewhere. */
  private async assertMissionLocale(manager: EntityManager, structureId: string): Promise<void> {
    const structure = await manager.findOneBy(Structure, { id: structureId });
    if (structure?.operatorType !== OperatorType.MISSION_LOCALE)
      throw new ForbiddenError('Les contacts se saisissent dans une Mission Locale.');
  }

  /** The day is not in the future; the counsellor follows young people in the structure; the branch is one of its own. */
  private async check(
    manager: EntityManager,
    structureId: string,
    values: { date?: string | null; userId?: string | null; branchId?: string | null },
  ): Promise<void> {
    if (values.date && values.date > todayInParis())
      throw new InputError({ date: 'Le contact ne peut pas être dans le futur.' });
    const errors: Record<string, string> = {};
    if (
      values.userId &&
      !(await manager.existsBy(Membership, { userId: values.userId, structureId, role: In(FOLLOWING_ROLES) }))
    )
      errors.userId = 'Choisissez un·e conseiller·ère ou un·e coordinateur·rice de la structure.';
    if (values.branchId && !(await manager.existsBy(Branch, { id: values.branchId, structureId })))
      errors.branchId = 'Cette antenne n’existe pas dans la structure.';
    if (Object.keys(errors).length > 0) throw new InputError(errors);
  }
}
