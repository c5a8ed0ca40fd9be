import { Injectable } from '@nestjs/common';
import { frenchDate, Permission } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { NotificationDraft, NotificationsService } from '../../notifications/notifications.service';
import { ReminderSource } from '../../notifications/reminders/reminder.registry';

/** A liaison sheet is announced this many days before it is due. */
export const LIAISON_SHEET_NOTICE_DAYS = 3;

/** The provider's liaison sheets not sent yet and due within 3 days or late. $1 provider structure, $2 today. */
const SHEETS_OWED_SQL = `SELECT o.id AS "orientationId", 'entry' AS sheet, o."entryDueOn"::text AS "dueOn",
         p."firstName" || ' ' || p."lastName" AS name
       FROM orientations o JOIN participants p ON p.id = o."participantId"
       WHERE o."providerStructureId" = $1 AND o."entrySheetSentOn" IS NULL AND o."entryDueOn" <= $2::date + ${LIAISON_SHEET_NOTICE_DAYS}
     UNION ALL
     SELECT o.id, 'exit', o."exitDueOn"::text, p."firstName" || ' ' || p."lastName"
       FROM orientations o JOIN participants p ON p.id = o."participantId"
       WHERE o."providerStructureId" = $1 AND o."exitDueOn" IS NOT NULL AND o."exitSheetSentOn" IS NULL
         AND o."exitDueOn" <= $2::date + ${LIAISON_SHEET_NOTICE_DAYS}
     ORDER BY 3, 1, 2`;

const SHEET_LABELS = { entry: 'la fiche de liaison « entrée »', exit: 'la fiche de liaison « sortie »' } as const;

/**
 * The provider's staff are told once when a liaison sheet is due within 3 days, and once more when it is late
 * (seed 002: 15 days after the orientation, 15 days after the exit).
 */
@Injectable()
export class LiaisonSheetReminders implements ReminderSource {
  readonly key = 'liaison-sheets';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: { orientationId: string; sheet: 'entry' | 'exit'; dueOn: string; name: string }[] = await manager.query(
      SHEETS_OWED_SQL,
      [structureId, today],
    );
    if (!rows.length) return [];
    const staff = await this.notifications.usersWithPermission(structureId, Permission.ACTIVITIES_WRITE, manager);
    return rows.flatMap((row) => {
      const late = row.dueOn < today;
      const kind = late ? 'liaison-sheet-late' : 'liaison-sheet-due';
      const sheet = SHEET_LABELS[row.sheet];
      return staff.map((userId) => ({
        userId,
        structureId,
        kind,
        title: late ? `Fiche de liaison en retard : ${row.name}` : `Fiche de liaison à envoyer : ${row.name}`,
        body: late
          ? `${sheet[0].toUpperCase()}${sheet.slice(1)} de ${row.name} était attendue le ${frenchDate(row.dueOn)} et n’a pas été envoyée.`
          : `${sheet[0].toUpperCase()}${sheet.slice(1)} de ${row.name} est attendue au plus tard le ${frenchDate(row.dueOn)}.`,
        link: `/orientations/${row.orientationId}`,
        dedupeKey: `${kind}:${row.orientationId}:${row.sheet}`,
      }));
    });
  }
}
