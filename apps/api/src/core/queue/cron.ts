import { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS } from './maintenance.queue';

/** Crons run on Paris time, like everything a person sees. */
export const CRON_TIMEZONE = 'Europe/Paris';

/**
 * Registers (or updates) a repeatable job named after its scheduler: upserting makes restarts and several instances
 * harmless. Each `*.scheduler.ts` calls it once per cron from `onApplicationBootstrap`.
 */
export function upsertCron(queue: Queue, jobName: string, pattern: string): Promise<unknown> {
  return queue.upsertJobScheduler(
    jobName,
    { pattern, tz: CRON_TIMEZONE },
    { name: jobName, data: {}, opts: DEFAULT_JOB_OPTIONS },
  );
}
