import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { upsertCron } from '../../core/queue/cron';
import { FLAG_RETENTION_JOB, RETENTION_QUEUE } from '../../core/queue/queues';

/** Every Monday at 4:00 (Paris). */
export const RETENTION_CRON = '0 4 * * 1';

@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(RETENTION_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, FLAG_RETENTION_JOB, RETENTION_CRON);
  }
}
