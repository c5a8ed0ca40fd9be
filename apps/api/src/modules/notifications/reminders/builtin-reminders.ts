import { Injectable } from '@nestjs/common';
import { addDays, EDITABLE_REPORT_STATUSES, frenchDate, Permission, PathStatus } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { NotificationDraft, NotificationsService } from '../notifications.service';
import { ReminderSource } from './reminder-source';
import { reportingParametersInForce } from '../../reports/parameters/reporting-parameters.service';
import { sqlList } from '../../../core/database/sql';

/** FSE+: the situation at exit is the one "within 4 weeks"; past that, the data is owed. */
export const FSE_EXIT_DATA_DAYS = 28;

/** Committee files presented to a session that has taken place, still without a decision. */
@Injectable()
export class CommitteePendingReminders implements ReminderSource {
  readonly key = 'committee-pending';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: { fileId: string; pathId: string; date: string; name: string }[] = await manager.query(
      `SELECT f.id AS "fileId", f."pathId", c.date::text AS date, p."firstName" || ' ' || p."lastName" AS name
       FROM plie_committee_files f JOIN plie_committees c ON c.id = f."committeeId"
       JOIN plie_paths pp ON pp.id = f."pathId" JOIN participants p ON p.id = pp."participantId"
       WHERE c."structureId" = $1 AND f.decision IS NULL AND c.date < $2::date ORDER BY c.date, f.id`,
      [structureId, today],
    );
    if (!rows.length) return [];
    const users = await this.notifications.usersWithPermission(structureId, Permission.PLIE_COORDINATE, manager);
    return rows.flatMap((row) =>
      users.map((userId) => ({
        userId,
        structureId,
        kind: this.key,
        title: `Décision du comité à saisir : ${row.name}`,
        body: `Le dossier de ${row.name} a été présenté au comité du ${frenchDate(row.date)} et attend toujours sa décision.`,
        link: `/plie/parcours/${row.pathId}`,
        dedupeKey: `${this.key}:${row.fileId}`,
      })),
    );
  }
}

/** Exited PLIE paths whose FSE+ exit data (situation within 4 weeks) is still missing once the 4 weeks are over. */
@Injectable()
export class FseExitOwedReminders implements ReminderSource {
  readonly key = 'fse-exit-owed';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: { pathId: string; exitDate: string; name: string; referentUserId: string | null }[] =
      await manager.query(
        `SELECT pp.id AS "pathId", pp."exitDate"::text AS "exitDate", p."firstName" || ' ' || p."lastName" AS name, p."referentUserId"
       FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
       WHERE pp."structureId" = $1 AND pp.status = '${PathStatus.EXITED}' AND coalesce(cardinality(pp."fseExitResults"), 0) = 0
         AND pp."exitDate" <= $2::date ORDER BY pp."exitDate", pp.id`,
        [structureId, addDays(today, -FSE_EXIT_DATA_DAYS)],
      );
    if (!rows.length) return [];
    const coordinators = await this.notifications.usersWithPermission(structureId, Permission.PLIE_COORDINATE, manager);
    return rows.flatMap((row) =>
      (row.referentUserId ? [row.referentUserId] : coordinators).map((userId) => ({
        userId,
        structureId,
        kind: this.key,
        title: `Données FSE+ de sortie à saisir : ${row.name}`,
        body: `${row.name} est sorti·e du PLIE le ${frenchDate(row.exitDate)} : sa situation à la sortie (dans les 4 semaines) doit être saisie pour le FSE+.`,
        link: `/plie/parcours/${row.pathId}`,
        dedupeKey: `${this.key}:${row.pathId}`,
      })),
    );
  }
}

/** Reports still being written when their due date is near (the structure's reminder days, 7 by default), and again once it has passed. */
@Injectable()
export class ReportDueReminders implements ReminderSource {
  readonly key = 'report-due';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: { id: string; title: string; dueOn: string; overdue: boolean }[] = await manager.query(
      `SELECT id, title, "dueOn"::text AS "dueOn", "dueOn" < $2::date AS overdue FROM reports
       WHERE "structureId" = $1 AND status IN (${sqlList(EDITABLE_REPORT_STATUSES)}) AND "dueOn" <= $3::date ORDER BY "dueOn", id`,
      [
        structureId,
        today,
        addDays(today, (await reportingParametersInForce(manager, structureId, today)).reportReminderDays),
      ],
    );
    if (!rows.length) return [];
    const writers = await this.notifications.usersWithPermission(structureId, Permission.REPORTS_WRITE, manager);
    return rows.flatMap((row) =>
      writers.map((userId) => ({
        userId,
        structureId,
        kind: row.overdue ? 'report-overdue' : this.key,
        title: row.overdue
          ? `Bilan en retard : ${row.title}`
          : `Bilan à transmettre avant le ${frenchDate(row.dueOn)} : ${row.title}`,
        body: row.overdue
          ? `Le bilan « ${row.title} » devait être transmis le ${frenchDate(row.dueOn)}.`
          : `Le bilan « ${row.title} » est à transmettre avant le ${frenchDate(row.dueOn)}.`,
        link: `/bilans/${row.id}`,
        dedupeKey: `${row.overdue ? 'report-overdue' : this.key}:${row.id}`,
      })),
    );
  }
}
