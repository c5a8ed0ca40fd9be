import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { Field, GraphQLISODateTime, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { INestApplication, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Role } from '@passerelle/domain';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QueueGate } from './queue-gate';
import { ALL_QUEUES } from './queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'passerelle_queues';
const TICKET_SECONDS = 60;
const SESSION_SECONDS = 30 * 60;
const TICKET_PURPOSE = 'queue-dashboard-ticket';
const SESSION_PURPOSE = 'queue-dashboard-session';

@ObjectType({
  description: 'Un lien à usage unique vers le tableau de bord des files de tâches (administrateurs de la plateforme).',
})
export class QueueDashboardLink {
  @Field({
    description: 'Chemin à ouvrir dans le navigateur (relatif à l’API) ; il pose un cookie de session de 30 minutes.',
  })
  url!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

/**
 * Bull Board at /admin/queues, for platform admins only. It is HTML, so besides `Authorization: Bearer <token>` it
 * accepts a one-time link (`createQueueDashboardLink`, valid 60 s) that sets a signed HttpOnly cookie for 30 minutes.
 */
@Injectable()
export class QueueDashboard {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: QueueGate,
  ) {}

  private queues(): Queue[] {
    return ALL_QUEUES.map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
  }

  mount(app: INestApplication): void {
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues().map((queue) => new BullMQAdapter(queue)),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'Passerelle — tâches' } },
    });
    app.use(
      QUEUE_DASHBOARD_PATH,
      (req: Request, res: Response, next: NextFunction) => void this.guard(req, res, next),
      adapter.getRouter(),
    );
  }

  async createLink(userId: string): Promise<QueueDashboardLink> {
    const ticket = await this.jwt.signAsync(
      { sub: userId, purpose: TICKET_PURPOSE, jti: randomUUID() },
      { expiresIn: TICKET_SECONDS },
    );
    return {
      url: `${QUEUE_DASHBOARD_PATH}?ticket=${encodeURIComponent(ticket)}`,
      expiresAt: new Date(Date.now() + TICKET_SECONDS * 1000),
    };
  }

  private async guard(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : null;
      if (ticket) {
        const payload = await this.verify(ticket, TICKET_PURPOSE);
        const queue = this.queues()[0];
        const fresh =
          payload &&
          (await this.gate.run(queue, async () =>
            ((await queue.client) as unknown as Redis).set(
              `passerelle:queue-dashboard-ticket:${payload.jti}`,
              '1',
              'EX',
              TICKET_SECONDS * 2,
              'NX',
            ),
          ));
        if (!payload || !fresh || !(await this.isPlatformAdmin(payload.sub))) return this.refuse(res, 401);
        const session = await this.jwt.signAsync(
          { sub: payload.sub, purpose: SESSION_PURPOSE },
          { expiresIn: SESSION_SECONDS },
        );
        res.cookie(COOKIE, session, {
          httpOnly: true,
          sameSite: 'strict',
          secure: req.secure,
          path: QUEUE_DASHBOARD_PATH,
          maxAge: SESSION_SECONDS * 1000,
        });
        return res.redirect(302, QUEUE_DASHBOARD_PATH);
      }
      const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const cookie = readCookie(req.headers.cookie, COOKIE);
      const payload = bearer
        ? await this.verify(bearer, null)
        : cookie
          ? await this.verify(cookie, SESSION_PURPOSE)
          : null;
      if (!payload) return this.refuse(res, 401);
      if (!(await this.isPlatformAdmin(payload.sub))) return this.refuse(res, 403);
      next();
    } catch (error) {
      next(error);
    }
  }

  private async verify(token: string, purpose: string | null): Promise<{ sub: string; jti?: string } | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string; purpose?: string; jti?: string }>(token);
      return (payload.purpose ?? null) === purpose ? payload : null;
    } catch {
      return null;
    }
  }

  private async isPlatformAdmin(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM memberships WHERE "userId" = $1 AND role = $2 LIMIT 1`, [
      userId,
      Role.PLATFORM_ADMIN,
    ]);
    return rows.length > 0;
  }

  private refuse(res: Response, status: 401 | 403): void {
    const message =
      status === 401
        ? 'Veuillez vous connecter en administrateur de la plateforme.'
        : 'Réservé aux administrateurs de la plateforme.';
    res.status(status).json({ code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message });
  }
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

@Resolver()
export class QueueDashboardResolver {
  constructor(private readonly dashboard: QueueDashboard) {}

  @RequirePermissions(Permission.PLATFORM_ADMIN)
  @Mutation(() => QueueDashboardLink, {
    description:
      'Un lien à usage unique (60 s) vers le tableau de bord des files de tâches ; ouvrez-le dans un nouvel onglet.',
  })
  createQueueDashboardLink(@CurrentActor() actor: Actor) {
    return this.dashboard.createLink(actor.userId!);
  }
}
