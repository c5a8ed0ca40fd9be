import { Injectable, OnModuleInit } from '@nestjs/common';
import { CronSchedule, jobScheduleOf } from '../queue/cron';
import { QueueSupervisor } from '../queue/queue-supervisor';
import { STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../queue/queues';

export const SWEEP_ORPHAN_FILES_SCHEDULE: CronSchedule = {
  queue: STORAGE_QUEUE,
  job: SWEEP_ORPHAN_FILES_JOB,
  pattern: '17 * * * *',
  task: "supprime les fichiers écrits dont l'enregistrement n'a jamais abouti (notés dans `pending_files` depuis plus de `STORAGE_ORPHAN_GRACE_MINUTES`)",
  when: 'chaque heure à h17',
};

@Injectable()
export class StorageScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register(jobScheduleOf(SWEEP_ORPHAN_FILES_SCHEDULE));
  }
}
