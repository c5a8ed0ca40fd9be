import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env';
import { QueueSupervisor, withTimeout } from '../queue-supervisor';

const BATCH = 200;

/**
 * Moves outbox rows to their queues every OUTBOX_POLL_MS, where JOBS_ENABLED. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` (several workers share the work), added with their fixed job id, then deleted in the same
 * transaction: a crash or a Redis failure in between leaves them for the next pass, and BullMQ ignores a job id it
 * already holds, so each job is added once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private failing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly supervisor: QueueSupervisor,
    private readonly env: Env,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(OutboxRelay.name);
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => this.schedule());
    }, this.env.OUTBOX_POLL_MS);
  }

  /** One pass; returns how many jobs were moved. */
  async drain(): Promise<number> {
    let moved = 0;
    try {
      for (let more = true; more && !this.stopped;) {
        const count = await this.dataSource.transaction(async (manager) => {
          const rows: { id: string; queue: string; name: string; data: Record<string, unknown>; jobId: string }[] =
            await manager.query(
              `SELECT id, queue, name, data, "jobId" FROM outbox_jobs ORDER BY "createdAt" LIMIT $1 FOR UPDATE SKIP LOCKED`,
              [BATCH],
            );
          if (rows.length === 0) return 0;
          const byQueue = new Map<string, typeof rows>();
          rows.forEach((row) => byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]));
          for (const [name, jobs] of byQueue) {
            if (!(await this.supervisor.ready(name, this.env.REDIS_TIMEOUT_MS)))
              throw new Error('Connection is closed.');
            const queue = this.supervisor.queue(name);
            await withTimeout(
              queue.addBulk(jobs.map((job) => ({ name: job.name, data: job.data, opts: { jobId: job.jobId } }))),
              this.env.REDIS_TIMEOUT_MS,
            );
          }
          await manager.query(`DELETE FROM outbox_jobs WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
          return rows.length;
        });
        moved += count;
        more = count === BATCH;
      }
      if (this.failing) this.logger.info({ moved }, 'Outbox relay working again');
      this.failing = false;
    } catch (error) {
      if (!this.failing) {
        const { message, code } = error as { message?: string; code?: string };
        this.logger.warn({ cause: message, code }, 'Outbox relay paused (Redis or database unreachable); retrying');
      }
      this.failing = true;
    }
    return moved;
  }
}
