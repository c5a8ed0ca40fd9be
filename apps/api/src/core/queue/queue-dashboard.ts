import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { Field, GraphQLISODateTime, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { INestApplication, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Role } from '@passerelle/domain';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../auth/access.decorator';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { CurrentActor } from '../auth/current-actor.decorator';
import { dashboardCsp } from '../http/http-security';
import { TokenPurpose, TokenService } from '../auth/tokens';
import { QueueGate } from './queue-gate';
import { ALL_QUEUES } from './queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'passerelle_queues';
const TICKET_SECONDS = 60;
const SESSION_SECONDS = 30 * 60;

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
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
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
      dashboardCsp,
      (req: Request, res: Response, next: NextFunction) => void this.guard(req, res, next),
      adapter.getRouter(),
    );
  }

  async createLink(userId: string): Promise<QueueDashboardLink> {
    const ticket = await this.tokens.sign(
      TokenPurpose.QUEUE_DASHBOARD_TICKET,
      { sub: userId, jti: randomUUID() },
      TICKET_SECONDS,
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
        const payload = await this.tokens.verify(TokenPurpose.QUEUE_DASHBOARD_TICKET, ticket);
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
        const session = await this.tokens.sign(
          TokenPurpose.QUEUE_DASHBOARD_SESSION,
          { sub: payload.sub },
          SESSION_SECONDS,
        );
        res.cookie(COOKIE, session, {
          httpOnly: true,
          sameSite: 'strict',
          secure: true,
          path: QUEUE_DASHBOARD_PATH,
          maxAge: SESSION_SECONDS * 1000,
        });
        return res.redirect(302, QUEUE_DASHBOARD_PATH);
      }
      const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const cookie = (req.cookies as Record<string, unknown> | undefined)?.[COOKIE];
      const userId = bearer
        ? (await this.auth.verifyAccessToken(bearer))?.userId
        : typeof cookie === 'string'
          ? (await this.tokens.verify(TokenPurpose.QUEUE_DASHBOARD_SESSION, cookie))?.sub
          : undefined;
      if (!userId) return this.refuse(res, 401);
      if (!(await this.isPlatformAdmin(userId))) return this.refuse(res, 403);
      next();
    } catch (error) {
      next(error);
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
