import { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS } from './maintenance.queue';

/** Crons run on Paris time, like everything a person sees. */
export const CRON_TIMEZONE = 'Europe/Paris';

/** A repeatable job, declared once by its `*.scheduler.ts` and listed as is in docs/operations.md. */
export interface CronSchedule {
  queue: string;
  /** The job's name, which is also the scheduler's id. */
  job: string;
  pattern: string;
  /** What it does and when, in French, for the operations guide. */
  task: string;
  when: string;
}

/**
 * Registers (or updates) a repeatable job: upserting makes restarts and several instances harmless. Each
 * `*.scheduler.ts` calls it once per schedule from `onApplicationBootstrap`.
 */
export function upsertCron(queue: Queue, schedule: CronSchedule): Promise<unknown> {
  return queue.upsertJobScheduler(
    schedule.job,
    { pattern: schedule.pattern, tz: CRON_TIMEZONE },
    { name: schedule.job, data: {}, opts: DEFAULT_JOB_OPTIONS },
  );
}
