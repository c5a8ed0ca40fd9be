import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CejMonthlyReturnStatus } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Lot } from '../../markets/lots/lot.entity';
import { CejContract } from '../contracts/cej-contract.entity';
import '../cej.enums';
import { CreatedAtField, IdField, UpdatedAtField, VersionField } from '../../../core/database/columns';

/**
 * The monthly return a CEJ provider writes for each young person it receives (seed 000: « le retour quantitatif et
 * qualitatif réalisé mensuellement pour chaque jeune »). One per lot, young person and month; the quantitative part is
 * computed from what was recorded (see `CejMonthlyReturnFigures`), the qualitative part is written here. Submitted,
 * it is locked and the counsellor reads it on the contract page.
 */
@ObjectType({ description: 'Le retour mensuel d’un prestataire CEJ pour un jeune : chiffres du mois et appréciation.' })
@Entity('cej_monthly_returns')
@Index('UQ_cej_monthly_returns_lot_contract_month', ['lotId', 'contractId', 'month'], { unique: true })
@Index('IDX_cej_monthly_returns_contract_month', ['contractId', 'month'])
@Index('IDX_cej_monthly_returns_provider_month', ['providerStructureId', 'month'])
export class CejMonthlyReturn {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'CASCADE' }) lot?: Relation<Lot>;
  /** The operator (the contract's structure), copied so that scoping needs no join. */
  @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;
  @Field(() => ID, { description: 'Le prestataire qui écrit le retour.' }) @Column('uuid') providerStructureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) providerStructure?: Relation<Structure>;

  @Field({ description: 'Premier jour du mois (AAAA-MM-01).' }) @Column({ type: 'date' }) month!: string;
  @Field({ description: 'Progrès constatés dans le mois.' }) @Column({ type: 'text', default: '' }) progress!: string;
  @Field({ description: 'Difficultés rencontrées, points d’attention.' })
  @Column({ type: 'text', default: '' })
  difficulties!: string;
  @Field(() => CejMonthlyReturnStatus)
  @Column({
    type: 'enum',
    enum: CejMonthlyReturnStatus,
    enumName: 'cej_monthly_return_status',
    default: CejMonthlyReturnStatus.DRAFT,
  })
  status!: CejMonthlyReturnStatus;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
  @Column('uuid', { nullable: true }) submittedByUserId!: string | null;
  @Column('uuid', { nullable: true }) authorUserId!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdatedAtField() updatedAt!: Date;
}
