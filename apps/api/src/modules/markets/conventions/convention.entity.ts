import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, OneToOne, JoinColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Bid } from '../bids/bid.entity';
import { Lot } from '../lots/lot.entity';

/** The signed convention linking the awarded provider to the lot: from then on, the provider works on it. */
@ObjectType({ description: 'La convention signée entre la structure porteuse et le prestataire retenu pour un lot.' })
@Entity('conventions')
@Index('IDX_conventions_provider', ['providerStructureId'])
@Index('IDX_conventions_structure', ['structureId'])
export class Convention {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => ID) @Column('uuid', { unique: true }) lotId!: string;
  @OneToOne(() => Lot, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'lotId' }) lot?: Relation<Lot>;
  @Field(() => ID) @Column('uuid', { unique: true }) bidId!: string;
  @OneToOne(() => Bid, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'bidId' }) bid?: Relation<Bid>;
  @Column('uuid') structureId!: string;
  @Field(() => ID) @Column('uuid') providerStructureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' }) providerStructure?: Relation<Structure>;

  @Field() @Column() reference!: string;
  @Field() @Column({ type: 'date' }) signedOn!: string;
  @Field() @Column({ type: 'date' }) startsOn!: string;
  @Field() @Column({ type: 'date' }) endsOn!: string;
  @Field({ description: 'Montant conventionné, en euros TTC.' }) @Column({ type: 'numeric', precision: 12, scale: 2 }) amountTtc!: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) signedByUserId!: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
