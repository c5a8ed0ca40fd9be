import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Env } from '../config/env';
import { DEFAULT_JOB_OPTIONS, STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../queue/queues';
import { FileStore } from './file-store';

/** Every hour at :17 (Paris). */
export const SWEEP_ORPHAN_FILES_CRON = '17 * * * *';

/** Deletes files written but never committed (crash or rollback between the write and the database commit). */
@Processor(STORAGE_QUEUE)
export class StorageProcessor extends WorkerHost {
  constructor(
    private readonly files: FileStore,
    private readonly env: Env,
  ) {
    super();
  }

  async process(job: Job<{ graceMinutes?: number }>): Promise<{ removed: number }> {
    if (job.name !== SWEEP_ORPHAN_FILES_JOB) throw new Error(`Unknown storage job: ${job.name}`);
    return this.files.sweepOrphans(job.data?.graceMinutes ?? this.env.STORAGE_ORPHAN_GRACE_MINUTES);
  }
}

@Injectable()
export class StorageScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(STORAGE_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_ORPHAN_FILES_JOB,
      { pattern: SWEEP_ORPHAN_FILES_CRON, tz: 'Europe/Paris' },
      { name: SWEEP_ORPHAN_FILES_JOB, data: {}, opts: DEFAULT_JOB_OPTIONS },
    );
  }
}
