import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Structure } from '../../core/tenancy/structures/structure.entity';

/** A member structure (operator or provider) of a network structure. */
@Entity('network_members')
export class NetworkMember {
  @PrimaryColumn('uuid') networkId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'networkId' })
  network?: Relation<Structure>;

  @Index() @PrimaryColumn('uuid') memberId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Relation<Structure>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
