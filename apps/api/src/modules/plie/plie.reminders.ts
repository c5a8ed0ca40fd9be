import { Injectable } from '@nestjs/common';
import { addDays, frenchDate, Permission } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { NotificationDraft, NotificationsService } from '../notifications/notifications.service';
import { ReminderSource } from '../notifications/reminders/reminder.registry';
import { COMMITTEE_PENDING_SQL, FSE_EXIT_OWED_SQL } from './plie-reminders.sql';

/** FSE+: the situation at exit is the one "within 4 weeks"; past that, the data is owed. */
export const FSE_EXIT_DATA_DAYS = 28;

/** Committee files presented to a session that has taken place, still without a decision. */
@Injectable()
export class CommitteePendingReminders implements ReminderSource {
  readonly key = 'committee-pending';
  constructor(private readonly notifications: NotificationsService) {}

  async collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]> {
    const rows: { fileId: string; pathId: string; date: string; name: string }[] = await manager.query(
      COMMITTEE_PENDING_SQL,
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
      await manager.query(FSE_EXIT_OWED_SQL, [structureId, addDays(today, -FSE_EXIT_DATA_DAYS)]);
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
