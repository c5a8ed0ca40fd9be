import { Injectable, OnModuleInit } from '@nestjs/common';
import { QueueSupervisor } from '../../../core/queue/queue-supervisor';
import { REMINDERS_QUEUE, SEND_REMINDERS_JOB } from '../../../core/queue/queues';

/** Every day at 7:00 (Paris). */
export const REMINDERS_CRON = '0 7 * * *';

@Injectable()
export class RemindersScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register({ queue: REMINDERS_QUEUE, name: SEND_REMINDERS_JOB, pattern: REMINDERS_CRON });
  }
}
