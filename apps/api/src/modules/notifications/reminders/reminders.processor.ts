import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { StructureKind, todayInParis } from '@passerelle/domain';
import { Job, Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { jobId, REMINDERS_QUEUE, SEND_REMINDERS_JOB, SEND_STRUCTURE_REMINDERS_JOB } from '../../../core/queue/queues';
import { structureIdsOfKind } from '../../../core/database/sql';
import { NotificationsService } from '../notifications.service';
import { ReminderRegistry } from './reminder-source';

/**
 * `send-reminders` (cron, every morning): one `send-structure-reminders` per operator structure and day (fixed id).
 * `send-structure-reminders`: every registered reminder source, notified once each (dedupe keys).
 */
@Processor(REMINDERS_QUEUE)
export class RemindersProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue,
    private readonly registry: ReminderRegistry,
    private readonly notifications: NotificationsService,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(RemindersProcessor.name);
  }

  async process(job: Job<{ on?: string; structureId?: string }>): Promise<unknown> {
    const on = job.data?.on ?? todayInParis();
    if (job.name === SEND_REMINDERS_JOB) {
      // Providers too: they write their lots' reports and are reminded of them.
      const structureIds = await structureIdsOfKind(this.dataSource, [StructureKind.OPERATOR, StructureKind.PROVIDER]);
      await this.queue.addBulk(
        structureIds.map((id) => ({
          name: SEND_STRUCTURE_REMINDERS_JOB,
          data: { on, structureId: id },
          opts: { jobId: jobId('reminders', id, on) },
        })),
      );
      return { on, enqueued: structureIds.length };
    }
    if (job.name !== SEND_STRUCTURE_REMINDERS_JOB || !job.data.structureId)
      throw new Error(`Unknown reminders job: ${job.name}`);
    const counts: Record<string, number> = {};
    for (const source of this.registry.list()) {
      const drafts = await source.collect(this.dataSource.manager, job.data.structureId, on);
      counts[source.key] = (await this.notifications.notify(drafts)).length;
    }
    this.logger.info({ jobId: job.id, structureId: job.data.structureId, counts }, 'Reminders sent');
    return { on, counts };
  }
}
