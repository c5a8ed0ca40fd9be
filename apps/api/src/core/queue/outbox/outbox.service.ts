import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface OutboxEntry {
  queue: string;
  name: string;
  data: Record<string, unknown>;
  jobId: string;
}

/** Records jobs with the caller's write (pass the transaction's manager): no request ever waits on Redis for them. */
@Injectable()
export class OutboxService {
  async add(manager: EntityManager, entries: OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_jobs (queue, name, data, "jobId") SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::jsonb[], $4::varchar[])`,
      [
        entries.map((e) => e.queue),
        entries.map((e) => e.name),
        entries.map((e) => JSON.stringify(e.data)),
        entries.map((e) => e.jobId),
      ],
    );
  }
}
