import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job recorded in the same transaction as the write that asks for it (transactional outbox): it exists if and only
 * if the write committed, whatever Redis is doing. The relay moves it to its BullMQ queue, then deletes the row.
 */
@Entity('outbox_jobs')
@Index('IDX_outbox_jobs_created', ['createdAt'])
export class OutboxJob {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() queue!: string;
  @Column() name!: string;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
  /** BullMQ job id: moving the same row twice (a crash between add and delete) adds the job once. */
  @Column() jobId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
