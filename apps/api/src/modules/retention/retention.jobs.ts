import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StructureKind, todayInParis } from '@passerelle/domain';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  DEFAULT_JOB_OPTIONS,
  FLAG_RETENTION_JOB,
  FLAG_STRUCTURE_RETENTION_JOB,
  jobId,
  RETENTION_QUEUE,
} from '../../core/queue/queues';
import { structureIdsOfKind } from '../../core/database/sql';
import { RetentionService } from './retention.service';

/** Every Monday at 4:00 (Paris). */
export const RETENTION_CRON = '0 4 * * 1';

/** `flag-retention` fans out one `flag-structure-retention` per operator structure and day (fixed id). */
@Processor(RETENTION_QUEUE)
export class RetentionProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(RETENTION_QUEUE) private readonly queue: Queue,
    private readonly retention: RetentionService,
  ) {
    super();
  }

  async process(job: Job<{ on?: string; structureId?: string }>): Promise<unknown> {
    const on = job.data?.on ?? todayInParis();
    if (job.name === FLAG_RETENTION_JOB) {
      const structureIds = await structureIdsOfKind(this.dataSource, [StructureKind.OPERATOR]);
      await this.queue.addBulk(
        structureIds.map((id) => ({
          name: FLAG_STRUCTURE_RETENTION_JOB,
          data: { on, structureId: id },
          opts: { jobId: jobId('retention', id, on) },
        })),
      );
      return { on, enqueued: structureIds.length };
    }
    if (job.name !== FLAG_STRUCTURE_RETENTION_JOB || !job.data.structureId)
      throw new Error(`Unknown retention job: ${job.name}`);
    return { on, flagged: await this.retention.flag(job.data.structureId, on) };
  }
}

@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(RETENTION_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      FLAG_RETENTION_JOB,
      { pattern: RETENTION_CRON, tz: 'Europe/Paris' },
      { name: FLAG_RETENTION_JOB, data: {}, opts: DEFAULT_JOB_OPTIONS },
    );
  }
}
