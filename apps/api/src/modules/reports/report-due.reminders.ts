import { Injectable } from '@nestjs/common';
import { addDays, frenchDate, Permission } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { NotificationDraft, NotificationsService } from '../notifications/notifications.service';
import { ReminderSource } from '../notifications/reminders/reminder.registry';
import { reportingParametersInForce } from './parameters/reporting-parameters.service';
import { REPORTS_DUE_SQL } from './reports.sql';

/** Reports still being written when their due date is near (the structure's reminder days, 7 by default), and again once it has passed. */
@Injectable()
export class ReportDueReminders implements ReminderSource {
  readonly key = 'report-due';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: { id: string; title: string; dueOn: string; overdue: boolean }[] = await manager.query(
      REPORTS_DUE_SQL,
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
