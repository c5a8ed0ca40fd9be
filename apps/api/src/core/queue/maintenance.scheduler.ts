import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CronSchedule, upsertCron } from './cron';
import { MAINTENANCE_QUEUE, PURGE_REFRESH_TOKENS_JOB } from './maintenance.queue';

export const PURGE_REFRESH_TOKENS_SCHEDULE: CronSchedule = {
  queue: MAINTENANCE_QUEUE,
  job: PURGE_REFRESH_TOKENS_JOB,
  pattern: '0 3 * * *',
  task: "supprime les jetons de rafraîchissement expirés depuis plus d'un jour",
  when: 'chaque nuit à 3 h',
};

/** Registers the repeatable maintenance jobs. */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, PURGE_REFRESH_TOKENS_SCHEDULE);
  }
}
