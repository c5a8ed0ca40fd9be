import { BeforeApplicationShutdown, Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';
import { HEALTH_REDIS } from './health.controller';

const PROBE_TIMEOUT_MS = 2000;

async function up(probe: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Probes for an orchestrator, beside `/health` (the full report):
 * - `GET /health/live`: the process answers (restart it otherwise); checks nothing else, so that a database outage
 *   does not get every replica restarted in a loop.
 * - `GET /health/ready`: send it traffic; 503 while the database does not answer or the process is shutting down.
 *   Redis is reported but not required: without it the API still serves reads and writes (jobs wait).
 */
@Controller('health')
export class HealthProbesController implements BeforeApplicationShutdown {
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(@Res() response: Response) {
    const [database, redis] = await Promise.all([
      up(() => this.dataSource.query('SELECT 1')),
      up(() => this.redis.ping()),
    ]);
    const ready = database && !this.stopping;
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ready ? 'ready' : 'unavailable',
      database: database ? 'up' : 'down',
      redis: redis ? 'up' : 'down',
      ...(this.stopping ? { stopping: true } : {}),
    });
  }

  beforeApplicationShutdown() {
    this.stopping = true;
  }
}
