import { Injectable, OnModuleInit } from '@nestjs/common';
import { CronSchedule, jobScheduleOf } from '../../core/queue/cron';
import { QueueSupervisor } from '../../core/queue/queue-supervisor';
import { FLAG_RETENTION_JOB, RETENTION_QUEUE } from '../../core/queue/queues';

export const RETENTION_SCHEDULE: CronSchedule = {
  queue: RETENTION_QUEUE,
  job: FLAG_RETENTION_JOB,
  pattern: '0 4 * * 1',
  task: 'une tâche `flag-structure-retention` par structure porteuse : signale les dossiers arrivés au terme de leur durée de conservation',
  when: 'chaque lundi à 4 h',
};

@Injectable()
export class RetentionScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register(jobScheduleOf(RETENTION_SCHEDULE));
  }
}
