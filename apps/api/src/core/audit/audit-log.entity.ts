import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, on which record. Append-only. */
@Entity('audit_logs')
@Index('IDX_audit_logs_entity', ['entityType', 'entityId', 'at'])
@Index('IDX_audit_logs_structure_at', ['structureId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
  @Column('uuid', { nullable: true }) structureId!: string | null;
  @Column('uuid', { nullable: true }) actorUserId!: string | null;
  @Column('uuid', { nullable: true }) actorApiKeyId!: string | null;
  @Column() action!: string;
  @Column() entityType!: string;
  @Column({ type: 'varchar', nullable: true }) entityId!: string | null;
  @Column({ type: 'jsonb', nullable: true }) details!: object | null;
  @Column({ type: 'varchar', nullable: true }) requestId!: string | null;
}
