import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { User } from '../tenancy/users/user.entity';
import { AuthSession } from './auth-session.entity';

/**
 * A refresh token, stored hashed. Each use rotates it: the successor is recorded, sealed with the used token, so a
 * retry within the grace period gets the same successor back; a later reuse revokes the session (likely theft).
 */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index() @Column('uuid') userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user?: Relation<User>;

  @Index() @Column('uuid') sessionId!: string;
  @ManyToOne(() => AuthSession, { onDelete: 'CASCADE' }) session?: Relation<AuthSession>;

  @Column() tokenHash!: string;

  @Index() @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) rotatedAt!: Date | null;

  /** The token this one was rotated into, and its secret encrypted with this token's secret (never readable alone). */
  @Column({ type: 'uuid', nullable: true }) successorId!: string | null;
  @Column({ type: 'text', nullable: true }) successorSeal!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
