import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, OneToOne, JoinColumn, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Bid } from '../bids/bid.entity';
import { Lot } from '../lots/lot.entity';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** The signed convention linking the awarded provider to the lot: from then on, the provider works on it. */
@ObjectType({ description: 'La convention signée entre la structure porteuse et le prestataire retenu pour un lot.' })
@Entity('conventions')
@Index('IDX_conventions_provider', ['providerStructureId'])
@Index('IDX_conventions_structure', ['structureId'])
export class Convention {
  @IdField() id!: string;
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
  @Field({ description: 'Montant conventionné, en euros TTC.' })
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amountTtc!: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) signedByUserId!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/**
 * An amendment ("avenant") to a signed convention: dated, with its reason and what it changes. The convention holds
 * the terms in force; each amendment keeps the terms before and after, so the history is never lost.
 */
@ObjectType({
  description:
    'Un avenant à la convention : date de signature, motif, ce qui change ; les termes avant et après sont conservés.',
})
@Entity('convention_amendments')
@Index('UQ_convention_amendments_number', ['conventionId', 'number'], { unique: true })
@Index('IDX_convention_amendments_structure', ['structureId'])
export class ConventionAmendment {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') conventionId!: string;
  @ManyToOne(() => Convention, { onDelete: 'CASCADE' }) convention?: Relation<Convention>;
  /** The operator that owns the lot. */
  @Column('uuid') structureId!: string;
  @Field(() => Int, { description: 'Numéro d’ordre de l’avenant (1, 2…).' }) @Column('int') number!: number;
  @Field({ description: 'Jour de signature de l’avenant.' }) @Column({ type: 'date' }) signedOn!: string;
  @Field({ description: 'Le motif de l’avenant.' }) @Column('text') reason!: string;
  @Field({ description: 'Ce que l’avenant change, en clair.' }) @Column('text') description!: string;
  @Field() @Column({ type: 'date' }) previousEndsOn!: string;
  @Field() @Column({ type: 'date' }) endsOn!: string;
  @Field() @Column({ type: 'numeric', precision: 12, scale: 2 }) previousAmountTtc!: string;
  @Field() @Column({ type: 'numeric', precision: 12, scale: 2 }) amountTtc!: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) signedByUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}
