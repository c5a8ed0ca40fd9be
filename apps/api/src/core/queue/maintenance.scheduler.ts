import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, MAINTENANCE_QUEUE, PURGE_REFRESH_TOKENS_JOB } from './maintenance.queue';

/** Registers the repeatable maintenance jobs; upserting makes restarts and several instances harmless. */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      PURGE_REFRESH_TOKENS_JOB,
      { pattern: '0 3 * * *', tz: 'Europe/Paris' },
      { name: PURGE_REFRESH_TOKENS_JOB, opts: DEFAULT_JOB_OPTIONS },
    );
  }
}
