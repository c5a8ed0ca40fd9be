import { Controller, Get, HttpStatus, Inject, OnModuleDestroy, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorator';

export const HEALTH_REDIS = Symbol('HEALTH_REDIS');

type Check = { status: 'up' | 'down'; latencyMs: number; error?: string };

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const start = performance.now();
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
    return { status: 'up', latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { status: 'down', latencyMs: Math.round(performance.now() - start), error: (error as Error).message };
  }
}

/** `GET /health`: 200 when the database and Redis answer, 503 otherwise. */
@Controller('health')
export class HealthController implements OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HEALTH_REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  async check(@Res() response: Response) {
    const [database, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.redis.ping()),
    ]);
    const ok = database.status === 'up' && redis.status === 'up';
    response
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: ok ? 'ok' : 'error', database, redis });
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }
}
