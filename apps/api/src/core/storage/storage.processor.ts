import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { Env } from '../config/env';
import { STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../queue/queues';
import { FileStore } from './file-store';

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
