import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { StructureKind, todayInParis } from '@passerelle/domain';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { FLAG_RETENTION_JOB, FLAG_STRUCTURE_RETENTION_JOB, RETENTION_QUEUE } from '../../core/queue/queues';
import { RetentionService } from './retention.service';
import { fanOutPerStructure } from '../../core/queue/cron';

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
      const kinds = [StructureKind.OPERATOR];
      return fanOutPerStructure(this.queue, this.dataSource, kinds, FLAG_STRUCTURE_RETENTION_JOB, 'retention', on);
    }
    if (job.name !== FLAG_STRUCTURE_RETENTION_JOB || !job.data.structureId)
      throw new Error(`Unknown retention job: ${job.name}`);
    return { on, flagged: await this.retention.flag(job.data.structureId, on) };
  }
}
