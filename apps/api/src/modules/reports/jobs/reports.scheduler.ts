import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { upsertCron } from '../../../core/queue/cron';
import { PREPARE_SCHEDULED_REPORTS_JOB, REPORTS_QUEUE } from '../../../core/queue/queues';

/** On the 1st of every month at 5:00 (Paris): monthly tables, and the 31 May / 30 September / final reports when due. */
export const REPORTS_CRON = '0 5 1 * *';

@Injectable()
export class ReportsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(REPORTS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, PREPARE_SCHEDULED_REPORTS_JOB, REPORTS_CRON);
  }
}
