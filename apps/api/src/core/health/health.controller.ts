import { Controller, Get, HttpStatus, Inject, OnModuleDestroy, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Cluster, Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { QueueSupervisor, withTimeout } from '../queue/queue-supervisor';

export const HEALTH_REDIS = Symbol('HEALTH_REDIS');

const PROBE_TIMEOUT_MS = 2000;

type Check = { status: 'up' | 'down'; latencyMs: number; error?: string };

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const start = performance.now();
  try {
    await withTimeout(probe(), PROBE_TIMEOUT_MS);
    return { status: 'up', latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), error: (error as Error).message };
  }
}

/**
 * `GET /health`: `ok` (200) when the database and Redis answer and every job schedule is registered; `degraded`
 * (200: the API still serves everything that needs no queue) when Redis is away or a schedule is missing; `error`
 * (503) when the database is down. Also the job schedules and the outbox backlog (jobs waiting for Redis).
 */
@Controller('health')
export class HealthController implements OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis | Cluster,
    private readonly supervisor: QueueSupervisor,
  ) {}

  @Public()
  @Get()
  async check(@Res() response: Response) {
    let outbox: { pending: number; oldestSeconds: number } | null = null;
    const [database, redis] = await Promise.all([
      timed(async () => {
        const [row] = await this.dataSource.query(
          `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min("createdAt")), 0)::int AS "oldestSeconds" FROM outbox_jobs`,
        );
        outbox = row;
      }),
      timed(async () => {
        if (this.redis.status === 'wait' || this.redis.status === 'end')
          await this.redis.connect().catch(() => undefined);
        await this.redis.ping();
      }),
    ]);
    const schedules = await this.supervisor.status(redis.status === 'up' ? PROBE_TIMEOUT_MS : 1);
    const status =
      database.status === 'down'
        ? 'error'
        : redis.status === 'down' || schedules.some((s) => !s.registered)
          ? 'degraded'
          : 'ok';
    response
      .status(status === 'error' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK)
      .json({ status, database, redis, schedules, outbox });
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }
}
