import { Injectable, OnModuleInit } from '@nestjs/common';
import { CronSchedule, jobScheduleOf } from './cron';
import { QueueSupervisor } from './queue-supervisor';
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
export class MaintenanceScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register(jobScheduleOf(PURGE_REFRESH_TOKENS_SCHEDULE));
  }
}
