import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A file written to storage whose database row is not committed yet. The transaction that references the file deletes
 * this row; a row still here after STORAGE_ORPHAN_GRACE_MINUTES marks an orphan (crash or rollback between the two
 * steps), which the `sweep-orphan-files` job deletes.
 */
@Entity('pending_files')
@Index('IDX_pending_files_created', ['createdAt'])
export class PendingFile {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
