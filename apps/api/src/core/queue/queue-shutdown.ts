import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { QueueSupervisor, withTimeout } from './queue-supervisor';
import { ALL_QUEUES } from './queues';

/**
 * BullMQ disconnects (instead of quitting) a connection still initialising, which rejects its pending init
 * commands with unhandled "Connection is closed" errors. Waiting (briefly: Redis may be away) for every queue to be
 * ready before Nest closes them (in onApplicationShutdown) makes a quick start-and-stop close cleanly.
 */
@Injectable()
export class QueueShutdown implements BeforeApplicationShutdown {
  constructor(private readonly supervisor: QueueSupervisor) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(
      ALL_QUEUES.map((name) => withTimeout(this.supervisor.queue(name).waitUntilReady(), 1000).catch(() => undefined)),
    );
  }
}
