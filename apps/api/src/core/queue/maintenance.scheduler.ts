import { Injectable, OnModuleInit } from '@nestjs/common';
import { MAINTENANCE_QUEUE, PURGE_REFRESH_TOKENS_JOB } from './maintenance.queue';
import { QueueSupervisor } from './queue-supervisor';

/** The nightly purge; the supervisor upserts it (no duplicate whatever the number of processes). */
@Injectable()
export class MaintenanceScheduler implements OnModuleInit {
  constructor(private readonly supervisor: QueueSupervisor) {}

  onModuleInit(): void {
    this.supervisor.register({ queue: MAINTENANCE_QUEUE, name: PURGE_REFRESH_TOKENS_JOB, pattern: '0 3 * * *' });
  }
}
