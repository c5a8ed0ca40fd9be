import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { QueueSupervisor, withTimeout } from './queue-supervisor';
import { ALL_QUEUES } from './queues';

/**
 * Before Nest closes workers and queues (onApplicationShutdown): with Redis up, waits (briefly) for every queue to be
 * ready — BullMQ disconnects a connection still initialising, which rejects its init commands with unhandled
 * "Connection is closed" errors; with Redis away, drops the connections so that closing does not wait for it.
 */
@Injectable()
export class QueueShutdown implements BeforeApplicationShutdown {
  constructor(private readonly supervisor: QueueSupervisor) {}

  async beforeApplicationShutdown(): Promise<void> {
    if (!(await this.supervisor.redisReady(1000))) return this.supervisor.dropConnections();
    await Promise.all(
      ALL_QUEUES.map((name) => withTimeout(this.supervisor.queue(name).waitUntilReady(), 1000).catch(() => undefined)),
    );
  }
}
