import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HourKind, overfullDayMessage } from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { actingStructureId, findDeliveredLot, operatorOrProviderSql } from '../../markets/lot-access';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { RecordTimeEntryInput, TimeEntryFilter } from '../activities.dto';
import { TimeEntry, TimeEntryParticipant } from './time-entry.entity';
import { saveNew } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { deliveredLotColumns } from '../activity-records';

@Injectable()
export class TimeEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: TimeEntryFilter = {}): Promise<Connection<TimeEntry>> {
    const scope = actingStructureId(actor);
    const query = listQuery(this.dataSource, TimeEntry, 't', { date: 'DESC' });
    if (scope) query.andWhere(operatorOrProviderSql('t'), { scope });
    if (filter.lotId) query.andWhere('t.lotId = :lotId', { lotId: filter.lotId });
    if (filter.from) query.andWhere('t.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('t.date <= :to', { to: filter.to });
    if (filter.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    return paginate(query, page);
  }

  /** Time on a lot the caller's structure delivers (awarded, convention signed); refused on any other lot. */
  async record(actor: Actor, input: RecordTimeEntryInput): Promise<TimeEntry> {
    checkNotFuture('date', input.date);
    return this.dataSource.transaction(async (manager) => {
      const lot = await findDeliveredLot(manager, actor, input.lotId);
      const ids = [...new Set(input.orientationIds ?? [])];
      if (ids.length) {
        const found = await manager.countBy(Orientation, { id: In(ids), lotId: lot.id });
        if (found !== ids.length)
          throw new InputError({
            orientationIds: 'Ce temps ne peut se rattacher qu’aux participants orientés vers ce lot.',
          });
      }
      if (input.kind === HourKind.FACE_TO_FACE && ids.length === 0)
        throw new InputError({ orientationIds: 'Un temps de face à face se rattache aux participants rencontrés.' });
      if (input.proofId) {
        const [proof] = await manager.query(`SELECT "structureId" FROM proof_documents WHERE id = $1`, [input.proofId]);
        if (!proof || proof.structureId !== lot.awardedStructureId)
          throw new InputError({ proofId: 'Justificatif introuvable dans votre structure.' });
      }
      if (actor.userId) await this.checkDayFits(manager, actor.userId, input.date, input.minutes);
      const entry = await saveNew(manager, TimeEntry, {
        ...deliveredLotColumns(lot),
        userId: actor.userId,
        date: input.date,
        kind: input.kind,
        minutes: input.minutes,
        description: input.description.trim(),
        proofId: input.proofId ?? null,
      });
      if (ids.length)
        await manager.insert(
          TimeEntryParticipant,
          ids.map((orientationId) => ({ timeEntryId: entry.id, orientationId })),
        );
      await this.audit.recordOn(
        manager,
        actor,
        'time-entry.recorded',
        'TimeEntry',
        entry.id,
        entry.providerStructureId,
        { lotId: lot.id, kind: entry.kind, minutes: entry.minutes },
      );
      return entry;
    });
  }

  /** A day has 24 hours: the staff member's time on that day, this entry included, fits in it (serialised per person). */
  private async checkDayFits(manager: EntityManager, userId: string, date: string, minutes: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`time-entries:${userId}`]);
    const [{ total }] = await manager.query(
      `SELECT coalesce(sum(minutes), 0)::int AS total FROM time_entries WHERE "userId" = $1 AND date = $2`,
      [userId, date],
    );
    const message = overfullDayMessage('STAFF', date, total + minutes);
    if (message) throw new InputError({ minutes: message });
  }
}
