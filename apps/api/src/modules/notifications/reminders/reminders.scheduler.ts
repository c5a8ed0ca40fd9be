import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, REMINDERS_QUEUE, SEND_REMINDERS_JOB } from '../../../core/queue/queues';

/** Every day at 7:00 (Paris). */
export const REMINDERS_CRON = '0 7 * * *';

@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SEND_REMINDERS_JOB,
      { pattern: REMINDERS_CRON, tz: 'Europe/Paris' },
      { name: SEND_REMINDERS_JOB, data: {}, opts: DEFAULT_JOB_OPTIONS },
    );
  }
}
