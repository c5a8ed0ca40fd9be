import { getQueueToken } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { MAINTENANCE_QUEUE } from './maintenance.queue';
import { JOB_QUEUES } from './queues';

/**
 * BullMQ disconnects (instead of quitting) a connection still initialising, which rejects its pending init
 * commands with unhandled "Connection is closed" errors. Waiting for every queue to be ready before Nest closes
 * them (in onApplicationShutdown) makes a quick start-and-stop, such as the schema CLI or a test, close cleanly.
 */
@Injectable()
export class QueueShutdown implements BeforeApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async beforeApplicationShutdown(): Promise<void> {
    const queues = [MAINTENANCE_QUEUE, ...JOB_QUEUES].map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    await Promise.all(queues.map((queue) => queue.waitUntilReady().catch(() => undefined)));
  }
}
