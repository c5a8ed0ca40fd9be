import { Injectable } from '@nestjs/common';
import {
  addDays,
  frenchDate,
  Permission,
  POSITIONING_MILESTONE_LABELS,
  PositioningMilestone,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { NotificationDraft, NotificationsService } from '../../notifications/notifications.service';
import { ReminderSource } from '../../notifications/reminders/reminder.registry';
import { POSITIONINGS_OWED_SQL } from './cej-positioning.sql';

/** A positioning sheet is announced this many days before it is due. */
export const POSITIONING_NOTICE_DAYS = 3;

/**
 * The counsellor of a running CEJ contract is told once when a positioning sheet is due within 3 days, and once more
 * when it is late (the CEJ positioning rule: initial within 15 days, 6 and 12 months, each renewal). A contract
 * without a counsellor goes to the structure's CEJ writers.
 */
@Injectable()
export class CejPositioningReminders implements ReminderSource {
  readonly key = 'positioning-due';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: {
      contractId: string;
      milestone: PositioningMilestone;
      renewalId: string | null;
      dueOn: string;
      name: string;
      counsellorUserId: string | null;
    }[] = await manager.query(POSITIONINGS_OWED_SQL, [structureId, addDays(today, POSITIONING_NOTICE_DAYS)]);
    if (!rows.length) return [];
    const writers = rows.some((row) => !row.counsellorUserId)
      ? await this.notifications.usersWithPermission(structureId, Permission.CEJ_WRITE, manager)
      : [];
    return rows.flatMap((row) => {
      const late = row.dueOn < today;
      const kind = late ? 'positioning-overdue' : this.key;
      const label = POSITIONING_MILESTONE_LABELS[row.milestone];
      return (row.counsellorUserId ? [row.counsellorUserId] : writers).map((userId) => ({
        userId,
        structureId,
        kind,
        title: late ? `Positionnement en retard : ${row.name}` : `Positionnement à faire : ${row.name}`,
        body: late
          ? `${label} de ${row.name} était à faire au plus tard le ${frenchDate(row.dueOn)}.`
          : `${label} de ${row.name} est à faire au plus tard le ${frenchDate(row.dueOn)}.`,
        link: `/cej/${row.contractId}?onglet=positionnement`,
        dedupeKey: `${kind}:${row.contractId}:${row.milestone}:${row.renewalId ?? ''}`,
      }));
    });
  }
}
