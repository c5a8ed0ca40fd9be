import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { upsertCron } from '../../../core/queue/cron';
import { REMINDERS_QUEUE, SEND_REMINDERS_JOB } from '../../../core/queue/queues';

/** Every day at 7:00 (Paris). */
export const REMINDERS_CRON = '0 7 * * *';

@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, SEND_REMINDERS_JOB, REMINDERS_CRON);
  }
}
