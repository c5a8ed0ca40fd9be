import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CronSchedule, upsertCron } from '../../../core/queue/cron';
import { REMINDERS_QUEUE, SEND_REMINDERS_JOB } from '../../../core/queue/queues';

export const REMINDERS_SCHEDULE: CronSchedule = {
  queue: REMINDERS_QUEUE,
  job: SEND_REMINDERS_JOB,
  pattern: '0 7 * * *',
  task: 'une tâche `send-structure-reminders` par structure (porteuse ou prestataire) : les relances des sources enregistrées (décisions de comité, données FSE+ de sortie, bilans à rendre), une fois chacune',
  when: 'chaque matin à 7 h',
};

@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, REMINDERS_SCHEDULE);
  }
}
