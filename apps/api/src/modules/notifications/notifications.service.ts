import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { ForbiddenError } from '../../core/graphql/errors';
import { Connection, paginate } from '../../core/graphql/pagination';
import { User } from '../../core/tenancy/users/user.entity';
import { OutboxService } from '../../core/queue/outbox/outbox.service';
import { jobId, MAIL_QUEUE, SEND_MAIL_JOB } from '../../core/queue/queues';
import { NotificationListArgs } from './notification.dto';
import { Notification } from './notification.entity';

export interface NotificationDraft {
  userId: string;
  structureId: string | null;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** Same key for the same user: notified once, however many times the job runs. */
  dedupeKey?: string | null;
}

/** Roles holding a permission in a structure (platform admins are not notified of every structure's work). */
export const rolesWith = (permission: Permission): Role[] =>
  (Object.keys(ROLE_PERMISSIONS) as Role[]).filter(
    (role) => role !== Role.PLATFORM_ADMIN && ROLE_PERMISSIONS[role].includes(permission),
  );

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** The members of a structure whose role holds this permission. */
  async usersWithPermission(
    structureId: string,
    permission: Permission,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT "userId" FROM memberships WHERE "structureId" = $1 AND role::text = ANY($2::text[]) ORDER BY "userId"`,
      [structureId, rolesWith(permission)],
    );
    return rows.map((row) => row.userId);
  }

  /**
   * Creates the notifications that do not exist yet (by user and dedupe key) and records one e-mail job for each new
   * one in the outbox, in the same transaction (`manager`): the e-mail goes if and only if the notification exists,
   * and Redis being away never delays nor fails the caller. Returns the ids created.
   */
  async notify(drafts: NotificationDraft[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (drafts.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(drafts.map((d) => ({ ...d, link: d.link ?? null, dedupeKey: d.dedupeKey ?? null })))
      .orIgnore()
      .returning(['id'])
      .execute();
    const ids = (result.raw as { id: string }[]).map((row) => row.id);
    await this.outbox.add(
      manager,
      ids.map((id) => ({
        queue: MAIL_QUEUE,
        name: SEND_MAIL_JOB,
        data: { notificationId: id },
        jobId: jobId('mail', id),
      })),
    );
    return ids;
  }

  list(actor: Actor, args: NotificationListArgs): Promise<Connection<Notification>> {
    const userId = this.userOf(actor);
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'ASC');
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, args);
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.readAt IS NULL', { userId: this.userOf(actor) })
      .getCount();
  }

  /** Marks the caller's own notifications read (others' ids are ignored); returns how many changed. */
  async markRead(actor: Actor, ids: string[] | null): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('"userId" = :userId AND "readAt" IS NULL', { userId: this.userOf(actor) });
    if (ids) query.andWhere('id = ANY(:ids::uuid[])', { ids });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  async emailsEnabled(actor: Actor): Promise<boolean> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: this.userOf(actor) });
    return user.notificationEmails;
  }

  /** The caller's own choice; e-mails already sent stay sent, pending ones are skipped when it is off. */
  async setEmails(actor: Actor, enabled: boolean): Promise<boolean> {
    await this.dataSource.getRepository(User).update({ id: this.userOf(actor) }, { notificationEmails: enabled });
    return enabled;
  }

  private userOf(actor: Actor): string {
    if (!actor.userId) throw new ForbiddenError('Les notifications sont celles d’un utilisateur connecté.');
    return actor.userId;
  }
}
