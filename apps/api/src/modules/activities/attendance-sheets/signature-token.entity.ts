import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Enrolment } from '../sessions/session.entity';

/** A one-time e-signature link: only the SHA-256 of the random token is kept; it expires and is used once. */
@Entity('attendance_signature_tokens')
export class SignatureToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column('uuid') enrolmentId!: string;
  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' }) enrolment?: Relation<Enrolment>;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64 }) tokenHash!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
