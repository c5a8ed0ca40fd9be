import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { BidStatus } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Lot } from '../lots/lot.entity';
import { ScoringCriterion } from '../markets/market.entity';
import '../markets.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A provider's application for a lot, scored on the market's grid. */
@ObjectType({ description: 'La candidature d’un prestataire à un lot, notée sur la grille du marché.' })
@Entity('bids')
@Index('UQ_bids_lot_provider', ['lotId', 'providerStructureId'], { unique: true })
@Index('IDX_bids_provider', ['providerStructureId'])
@Index('IDX_bids_structure', ['structureId'])
export class Bid {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'CASCADE' }) lot?: Relation<Lot>;
  /** The operator that owns the lot. */
  @Column('uuid') structureId!: string;
  @Field(() => ID) @Column('uuid') providerStructureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' }) providerStructure?: Relation<Structure>;

  @Field({ description: 'Jour de réception.' }) @Column({ type: 'date' }) receivedOn!: string;
  @Field({ description: 'Prix proposé, en euros TTC.' })
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  priceTtc!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Field(() => BidStatus)
  @Column({ type: 'enum', enum: BidStatus, enumName: 'bid_status', default: BidStatus.SUBMITTED })
  status!: BidStatus;
  @Field(() => String, { nullable: true, description: 'Note pondérée sur 100, quand tous les critères sont notés.' })
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  score!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Pourquoi une candidature qui n’est pas la mieux notée a été retenue.',
  })
  @Column({ type: 'text', nullable: true })
  awardJustification!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Retrait par le prestataire, avant l’attribution.' })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({ description: 'La note d’une candidature sur un critère (sur 20).' })
@Entity('bid_marks')
export class BidMark {
  @PrimaryColumn('uuid') bidId!: string;
  @ManyToOne(() => Bid, { onDelete: 'CASCADE' }) bid?: Relation<Bid>;
  @Field(() => ID) @Index() @PrimaryColumn('uuid') criterionId!: string;
  @ManyToOne(() => ScoringCriterion, { onDelete: 'CASCADE' }) criterion?: Relation<ScoringCriterion>;
  @Field({ description: 'Note sur 20 (ex. "15.50").' })
  @Column({ type: 'numeric', precision: 4, scale: 2 })
  mark!: string;
}
