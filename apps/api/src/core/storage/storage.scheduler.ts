import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CronSchedule, upsertCron } from '../queue/cron';
import { STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../queue/queues';

export const SWEEP_ORPHAN_FILES_SCHEDULE: CronSchedule = {
  queue: STORAGE_QUEUE,
  job: SWEEP_ORPHAN_FILES_JOB,
  pattern: '17 * * * *',
  task: "supprime les fichiers écrits dont l'enregistrement n'a jamais abouti (notés dans `pending_files` depuis plus de `STORAGE_ORPHAN_GRACE_MINUTES`)",
  when: 'chaque heure à h17',
};

@Injectable()
export class StorageScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(STORAGE_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await upsertCron(this.queue, SWEEP_ORPHAN_FILES_SCHEDULE);
  }
}
