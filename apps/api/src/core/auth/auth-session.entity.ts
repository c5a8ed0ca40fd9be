import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { User } from '../tenancy/users/user.entity';

/**
 * One sign-in, from login to logout. Access tokens carry its id (`sid`) and are refused as soon as it is revoked;
 * its refresh tokens rotate within it. `expiresAt` follows the latest refresh token, for the nightly purge.
 */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index() @Column('uuid') userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) user?: Relation<User>;

  @Index() @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
