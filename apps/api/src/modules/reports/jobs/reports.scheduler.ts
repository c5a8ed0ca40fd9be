import { Injectable, OnModuleInit } from '@nestjs/common';
import { QueueSupervisor } from '../../../core/queue/queue-supervisor';
import { PREPARE_SCHEDULED_REPORTS_JOB, REPORTS_QUEUE } from '../../../core/queue/queues';

/** On the 1st of every month at 5:00 (Paris): monthly tables, and the 31 May / 30 September / final reports when due. */
export const REPORTS_CRON = '0 5 1 * *';

@Injectable()
export class ReportsScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register({ queue: REPORTS_QUEUE, name: PREPARE_SCHEDULED_REPORTS_JOB, pattern: REPORTS_CRON });
  }
}
