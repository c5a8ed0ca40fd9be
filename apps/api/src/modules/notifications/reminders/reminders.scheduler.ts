import { Injectable, OnModuleInit } from '@nestjs/common';
import { CronSchedule, jobScheduleOf } from '../../../core/queue/cron';
import { QueueSupervisor } from '../../../core/queue/queue-supervisor';
import { REMINDERS_QUEUE, SEND_REMINDERS_JOB } from '../../../core/queue/queues';

export const REMINDERS_SCHEDULE: CronSchedule = {
  queue: REMINDERS_QUEUE,
  job: SEND_REMINDERS_JOB,
  pattern: '0 7 * * *',
  task: 'une tâche `send-structure-reminders` par structure (porteuse ou prestataire) : les relances des sources enregistrées (décisions de comité, données FSE+ de sortie, bilans à rendre, fiches de liaison dues dans 3 jours ou en retard), une fois chacune',
  when: 'chaque matin à 7 h',
};

@Injectable()
export class RemindersScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register(jobScheduleOf(REMINDERS_SCHEDULE));
  }
}
