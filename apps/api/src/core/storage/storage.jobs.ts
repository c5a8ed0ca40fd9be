import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { Env } from '../config/env';
import { QueueSupervisor } from '../queue/queue-supervisor';
import { STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../queue/queues';
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

/** Registers the hourly sweep with the queue supervisor (upserted where JOBS_ENABLED, again after a Redis restart). */
@Injectable()
export class StorageScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register({ queue: STORAGE_QUEUE, name: SWEEP_ORPHAN_FILES_JOB, pattern: SWEEP_ORPHAN_FILES_CRON });
  }
}
