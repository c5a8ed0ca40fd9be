import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CronSchedule, upsertCron } from '../../../core/queue/cron';
import { PREPARE_SCHEDULED_REPORTS_JOB, REPORTS_QUEUE } from '../../../core/queue/queues';

export const REPORTS_SCHEDULE: CronSchedule = {
  queue: REPORTS_QUEUE,
  job: PREPARE_SCHEDULED_REPORTS_JOB,
  pattern: '0 5 1 * *',
  task: 'une tâche `prepare-report` par bilan dû (structure porteuse, ou lot conventionné pour son prestataire) : crée le brouillon et calcule ses chiffres',
  when: 'le 1er de chaque mois à 5 h',
};

@Injectable()
export class ReportsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(REPORTS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, REPORTS_SCHEDULE);
  }
}
