import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { upsertCron } from './cron';
import { MAINTENANCE_QUEUE, PURGE_REFRESH_TOKENS_JOB } from './maintenance.queue';

/** Every day at 3:00 (Paris). */
export const PURGE_REFRESH_TOKENS_CRON = '0 3 * * *';

/** Registers the repeatable maintenance jobs. */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, PURGE_REFRESH_TOKENS_JOB, PURGE_REFRESH_TOKENS_CRON);
  }
}
