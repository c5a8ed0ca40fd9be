import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue, RepeatOptions } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { Env } from '../config/env';
import { DEFAULT_JOB_OPTIONS } from './maintenance.queue';
import { ALL_QUEUES } from './queues';
import type { WorkerErrorSink } from './resilient-worker';

export const JOBS_ENABLED = Symbol('JOBS_ENABLED');
export const WORKER_ERRORS = Symbol('WORKER_ERRORS');

/** A cron of a queue, registered by the module owning the job (in every process, so /health knows them all). */
export interface JobSchedule {
  queue: string;
  /** Scheduler key, also the job name. */
  name: string;
  pattern: string;
  tz?: string;
}

export interface ScheduleStatus extends JobSchedule {
  registered: boolean;
  next: string | null;
}

/** How often schedules are checked besides reconnections (Redis flushed without dropping connections). */
const CHECK_INTERVAL_MS = 30_000;
/** At most one "Redis unreachable" log line per queue in this interval. */
const LOG_INTERVAL_MS = 30_000;

/**
 * Watches the queues' Redis connections: logs an outage once (no stack traces), and, where JOBS_ENABLED, upserts every
 * job schedule whenever a connection becomes ready — at start, and again after each reconnection, since Redis may come
 * back empty. Nothing here blocks start-up: the API serves while Redis is away.
 */
@Injectable()
export class QueueSupervisor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly schedules: JobSchedule[] = [];
  private readonly lastLogged = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private closing = false;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly logger: PinoLogger,
    @Inject(JOBS_ENABLED) private readonly jobsEnabled: boolean,
    @Inject(WORKER_ERRORS) private readonly workerErrors: WorkerErrorSink,
    private readonly env: Env,
  ) {
    logger.setContext(QueueSupervisor.name);
    workerErrors.report = (queue, error) => this.logOutage(queue, error);
  }

  register(schedule: JobSchedule): void {
    this.schedules.push(schedule);
  }

  queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  /** Waits for the first registration at most REDIS_TIMEOUT_MS: with Redis up, schedules exist once the API listens. */
  async onApplicationBootstrap(): Promise<void> {
    const first: Promise<void>[] = [];
    for (const name of ALL_QUEUES) {
      const queue = this.queue(name);
      queue.on('error', (error) => this.logOutage(name, error));
      if (!this.jobsEnabled) continue;
      first.push(
        queue.waitUntilReady().then(
          async (client) => {
            client.on('ready', () => void this.upsert(name));
            await this.upsert(name);
          },
          (error) => this.logOutage(name, error),
        ),
      );
    }
    if (this.jobsEnabled) this.timer = setInterval(() => void this.upsertMissing(), CHECK_INTERVAL_MS).unref();
    await withTimeout(Promise.all(first), this.env.REDIS_TIMEOUT_MS).catch(() =>
      this.logger.warn('Redis unreachable at start-up: job schedules will be registered when it answers'),
    );
  }

  onModuleDestroy(): void {
    this.closing = true;
    clearInterval(this.timer);
  }

  /** Whether this queue's connection is ready now (its first connection awaited at most `timeoutMs`). */
  async ready(queue: string, timeoutMs: number): Promise<boolean> {
    const client = await withTimeout(this.queue(queue).client, timeoutMs).catch(() => null);
    return client?.status === 'ready';
  }

  /** Whether every queue's connection is ready now. */
  async redisReady(timeoutMs: number): Promise<boolean> {
    return (await Promise.all(ALL_QUEUES.map((name) => this.ready(name, timeoutMs)))).every(Boolean);
  }

  /**
   * With Redis away, a graceful close would wait for it forever (BullMQ quits through the offline queue): workers stop
   * without waiting for their job (it stalls and is taken back later) and connections are dropped.
   */
  async dropConnections(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.workerErrors.workers.map((worker) => withTimeout(worker.close(true), 1000).catch(() => null)),
    );
    // Commands queued while Redis was away would hold BullMQ's `quit` forever: fail them, then drop the connection
    // (ioredis' own disconnect; BullMQ's waits for an 'end' event a reconnecting client may never send).
    await Promise.all(
      ALL_QUEUES.map(async (name) => {
        const client = await withTimeout(this.queue(name).client, 100).catch(() => null);
        (client as unknown as { flushQueue?: (error: Error) => void } | null)?.flushQueue?.(
          new Error('Connection is closed.'),
        );
        client?.disconnect();
      }),
    );
  }

  /** Every schedule, and whether Redis holds it now (null `next` and `registered: false` when Redis is away). */
  async status(timeoutMs: number): Promise<ScheduleStatus[]> {
    return Promise.all(
      this.schedules.map(async (schedule) => {
        // Only on a ready connection: a command sent while Redis is away waits in ioredis' queue until it returns.
        const found = (await this.ready(schedule.queue, timeoutMs))
          ? await withTimeout(this.queue(schedule.queue).getJobScheduler(schedule.name), timeoutMs).catch(
              () => undefined,
            )
          : undefined;
        return {
          ...schedule,
          registered: !!found,
          next: found?.next ? new Date(found.next).toISOString() : null,
        };
      }),
    );
  }

  private async upsert(queueName: string): Promise<void> {
    for (const schedule of this.schedules.filter((s) => s.queue === queueName)) {
      if (this.closing) return;
      try {
        const repeat: RepeatOptions = { pattern: schedule.pattern, tz: schedule.tz ?? 'Europe/Paris' };
        await this.queue(queueName).upsertJobScheduler(schedule.name, repeat, {
          name: schedule.name,
          data: {},
          opts: DEFAULT_JOB_OPTIONS,
        });
      } catch (error) {
        this.logOutage(queueName, error);
      }
    }
    this.logger.info({ queue: queueName }, 'Job schedules registered');
  }

  private async upsertMissing(): Promise<void> {
    for (const name of new Set(this.schedules.map((s) => s.queue))) {
      if (!(await this.ready(name, 1000))) continue;
      const queue = this.queue(name);
      const present = await Promise.all(
        this.schedules.filter((s) => s.queue === name).map((s) => queue.getJobScheduler(s.name).catch(() => true)),
      );
      if (present.some((found) => !found)) await this.upsert(name);
    }
  }

  private logOutage(queue: string, error: unknown): void {
    if (this.closing) return;
    const now = Date.now();
    if (now - (this.lastLogged.get(queue) ?? 0) < LOG_INTERVAL_MS) return;
    this.lastLogged.set(queue, now);
    const { message, code } = error as { message?: string; code?: string };
    this.logger.warn({ queue, cause: message, code }, 'Redis unreachable for this queue; retrying');
  }
}

/** Rejects when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Command timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
