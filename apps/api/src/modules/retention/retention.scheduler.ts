import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CronSchedule, upsertCron } from '../../core/queue/cron';
import { FLAG_RETENTION_JOB, RETENTION_QUEUE } from '../../core/queue/queues';

export const RETENTION_SCHEDULE: CronSchedule = {
  queue: RETENTION_QUEUE,
  job: FLAG_RETENTION_JOB,
  pattern: '0 4 * * 1',
  task: 'une tâche `flag-structure-retention` par structure porteuse : signale les dossiers arrivés au terme de leur durée de conservation',
  when: 'chaque lundi à 4 h',
};

@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(RETENTION_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, RETENTION_SCHEDULE);
  }
}
