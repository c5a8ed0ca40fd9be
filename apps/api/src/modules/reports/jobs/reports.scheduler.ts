import { Injectable, OnModuleInit } from '@nestjs/common';
import { CronSchedule, jobScheduleOf } from '../../../core/queue/cron';
import { QueueSupervisor } from '../../../core/queue/queue-supervisor';
import { PREPARE_SCHEDULED_REPORTS_JOB, REPORTS_QUEUE } from '../../../core/queue/queues';

export const REPORTS_SCHEDULE: CronSchedule = {
  queue: REPORTS_QUEUE,
  job: PREPARE_SCHEDULED_REPORTS_JOB,
  pattern: '0 5 1 * *',
  task: 'une tâche `prepare-report` par bilan dû (structure porteuse, ou lot conventionné pour son prestataire) : crée le brouillon et calcule ses chiffres',
  when: 'le 1er de chaque mois à 5 h',
};

@Injectable()
export class ReportsScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register(jobScheduleOf(REPORTS_SCHEDULE));
  }
}
