import { StructureKind } from '@passerelle/domain';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { structureIdsOfKind } from '../database/sql';
import type { JobSchedule } from './queue-supervisor';
import { jobId } from './queues';

/** Crons run on Paris time, like everything a person sees. */
export const CRON_TIMEZONE = 'Europe/Paris';

/** A repeatable job, declared once by its `*.scheduler.ts`, registered with the `QueueSupervisor`, and listed as is in docs/operations.md. */
export interface CronSchedule {
  queue: string;
  /** The job's name, which is also the scheduler's id. */
  job: string;
  pattern: string;
  /** What it does and when, in French, for the operations guide. */
  task: string;
  when: string;
}

/** The supervisor's form of a schedule: it upserts it where jobs run, at start and after every Redis reconnection. */
export const jobScheduleOf = (schedule: CronSchedule): JobSchedule => ({
  queue: schedule.queue,
  name: schedule.job,
  pattern: schedule.pattern,
  tz: CRON_TIMEZONE,
});

/**
 * A cron's fan-out: one `job` per structure of these kinds for the day `on`, each with a fixed id (`idPrefix`,
 * structure, day), so that running the cron twice adds nothing.
 */
export async function fanOutPerStructure(
  queue: Queue,
  db: DataSource,
  kinds: readonly StructureKind[],
  job: string,
  idPrefix: string,
  on: string,
): Promise<{ on: string; enqueued: number }> {
  const structureIds = await structureIdsOfKind(db, kinds);
  await queue.addBulk(
    structureIds.map((structureId) => ({
      name: job,
      data: { on, structureId },
      opts: { jobId: jobId(idPrefix, structureId, on) },
    })),
  );
  return { on, enqueued: structureIds.length };
}
