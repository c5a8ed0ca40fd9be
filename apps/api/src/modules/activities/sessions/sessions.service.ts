import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { capacityBoundsError, enrolmentCapacityError, OrientationStatus, todayInParis } from '@passerelle/domain';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { actingStructureId, findDeliveredLot, operatorOrProviderSql } from '../../markets/lot-access';
import { findDeliveredOrientation } from '../../orientations/orientation-access';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { AttendanceSheetFrozenError, SessionFullError } from '../activity-errors';
import { CreateSessionInput, EnrolInput, RecordAttendanceInput, SessionFilter } from '../activities.dto';
import { ExitRuleService } from '../follow-up/exit-rule.service';
import { findDeliveredSession, findReachableSession } from '../session-access';
import { ActivitySession, Enrolment } from './session.entity';
import { saveNew } from '../../../core/database/writes';
import { deliveredLotColumns } from '../activity-records';
import { findOrNotFound } from '../../../core/database/find';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly exitRule: ExitRuleService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: SessionFilter = {}): Promise<Connection<ActivitySession>> {
    const scope = actingStructureId(actor);
    const query = listQuery(this.dataSource, ActivitySession, 's', { date: 'ASC', startTime: 'ASC' });
    if (scope) query.andWhere(operatorOrProviderSql('s'), { scope });
    if (filter.lotId) query.andWhere('s.lotId = :lotId', { lotId: filter.lotId });
    if (filter.from) query.andWhere('s.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('s.date <= :to', { to: filter.to });
    if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
    return paginate(query, page);
  }

  get(actor: Actor, id: string): Promise<ActivitySession> {
    return findReachableSession(this.dataSource.manager, actor, id);
  }

  async create(actor: Actor, input: CreateSessionInput): Promise<ActivitySession> {
    return this.dataSource.transaction(async (manager) => {
      const lot = await findDeliveredLot(manager, actor, input.lotId);
      const max = input.maxParticipants ?? lot.groupMax;
      if (max == null)
        throw new InputError({ maxParticipants: 'Le lot ne fixe pas de maximum : précisez la capacité de la séance.' });
      const min = input.minParticipants === undefined ? lot.groupMin : input.minParticipants;
      const errors = capacityBoundsError(min, max, lot);
      if (input.date < lot.startsOn || input.date > lot.endsOn)
        errors.date = `L’action du lot se déroule du ${lot.startsOn} au ${lot.endsOn}.`;
      if (Object.keys(errors).length) throw new InputError(errors);
      const session = await saveNew(manager, ActivitySession, {
        ...deliveredLotColumns(lot),
        kind: input.kind,
        title: input.title.trim(),
        date: input.date,
        startTime: input.startTime,
        durationMinutes: input.durationMinutes,
        place: input.place.trim(),
        facilitator: input.facilitator.trim(),
        minParticipants: min,
        maxParticipants: max,
        cycleNumber: input.cycleNumber ?? null,
        sheetFrozenAt: null,
        sheetSha256: null,
        sheetProofId: null,
      });
      await this.audit.recordOn(
        manager,
        actor,
        'session.created',
        'ActivitySession',
        session.id,
        session.providerStructureId,
        { lotId: lot.id },
      );
      return manager.findOneByOrFail(ActivitySession, { id: session.id });
    });
  }

  /** The session row is locked, so that two enrolments at once cannot both take the last place. */
  async enrol(actor: Actor, input: EnrolInput): Promise<Enrolment> {
    return this.dataSource.transaction(async (manager) => {
      const session = await findDeliveredSession(manager, actor, input.sessionId, true);
      if (session.sheetFrozenAt) throw new AttendanceSheetFrozenError();
      const o = await findDeliveredOrientation(manager, actor, input.orientationId);
      if (o.lotId !== session.lotId)
        throw new InputError({ orientationId: 'Cette personne n’est pas orientée vers le lot de la séance.' });
      if (o.status !== OrientationStatus.PENDING_ENTRY && o.status !== OrientationStatus.ENTERED)
        throw new InputError({ orientationId: 'Cette personne n’est plus dans l’action.' });
      if (await manager.existsBy(Enrolment, { sessionId: session.id, orientationId: o.id }))
        throw new InputError({ orientationId: 'Cette personne est déjà inscrite à la séance.' });
      const enrolled = await manager.countBy(Enrolment, { sessionId: session.id });
      const full = enrolmentCapacityError(enrolled, session.maxParticipants);
      if (full) throw new SessionFullError(full, session.maxParticipants);
      if (session.cycleNumber !== null) {
        const lot = await manager.query(`SELECT "permanentEntry" FROM lots WHERE id = $1`, [session.lotId]);
        if (!lot[0].permanentEntry) {
          const [started] = await manager.query(
            `SELECT 1 FROM activity_sessions s WHERE s."lotId" = $1 AND s."cycleNumber" = $2 AND (s.date, s."startTime") < ($3::date, $4)
              AND NOT EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e."orientationId" = $5) LIMIT 1`,
            [session.lotId, session.cycleNumber, session.date, session.startTime, o.id],
          );
          if (started)
            throw new InputError({
              sessionId:
                'Ce lot ne prévoit pas d’entrées permanentes : inscrivez la personne dès le premier atelier du cycle.',
            });
        }
      }
      const enrolment = await saveNew(manager, Enrolment, {
        sessionId: session.id,
        orientationId: o.id,
        participantId: o.participantId,
        attendance: null,
        attendanceRecordedAt: null,
        signedAt: null,
        signatureImage: null,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(o), 'session.enrolled', {
        sessionId: session.id,
        orientationId: o.id,
      });
      return enrolment;
    });
  }

  async withdraw(actor: Actor, enrolmentId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await findOrNotFound(manager, Enrolment, { id: enrolmentId }, 'Inscription');
      const session = await findDeliveredSession(manager, actor, enrolment.sessionId, true);
      if (session.sheetFrozenAt) throw new AttendanceSheetFrozenError();
      if (enrolment.attendance)
        throw new InputError({ enrolmentId: 'La présence est déjà saisie : corrigez-la plutôt que de désinscrire.' });
      await manager.delete(Enrolment, { id: enrolment.id });
      return true;
    });
  }

  /** Attendance of a held session; refused once the sheet is signed and frozen. Runs the exit rule for each person. */
  async recordAttendance(actor: Actor, input: RecordAttendanceInput): Promise<Enrolment[]> {
    return this.dataSource.transaction(async (manager) => {
      const session = await findDeliveredSession(manager, actor, input.sessionId, true);
      if (session.sheetFrozenAt) throw new AttendanceSheetFrozenError();
      if (session.date > todayInParis()) throw new InputError({ sessionId: 'La séance n’a pas encore eu lieu.' });
      const enrolments = await manager.findBy(Enrolment, {
        sessionId: session.id,
        id: In(input.entries.map((e) => e.enrolmentId)),
      });
      const byId = new Map(enrolments.map((e) => [e.id, e]));
      const errors: Record<string, string> = {};
      input.entries.forEach((entry, i) => {
        if (!byId.has(entry.enrolmentId))
          errors[`entries.${i}.enrolmentId`] = 'Cette inscription n’appartient pas à la séance.';
      });
      if (Object.keys(errors).length) throw new InputError(errors);
      const now = new Date();
      for (const entry of input.entries)
        await manager.update(
          Enrolment,
          { id: entry.enrolmentId },
          { attendance: entry.status, attendanceRecordedAt: now },
        );
      await this.audit.recordOn(
        manager,
        actor,
        'session.attendance.recorded',
        'ActivitySession',
        session.id,
        session.providerStructureId,
        { count: input.entries.length },
      );
      await this.exitRule.evaluate(
        manager,
        actor,
        enrolments.map((e) => e.orientationId),
      );
      return manager.find(Enrolment, { where: { sessionId: session.id }, order: { createdAt: 'ASC' } });
    });
  }
}
