import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { HouseholdTaxBracket } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation, Unique } from 'typeorm';
import { money } from '../cej-columns';
import { CejContract } from '../contracts/cej-contract.entity';
import { CejAction } from '../planning/cej-action.entity';
import '../cej.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** What the young person declares for a month: activity income, income deducted in full, household tax situation. */
@ObjectType({
  description:
    'La déclaration mensuelle de ressources : revenus d’activité, revenus déduits en totalité, situation fiscale du foyer.',
})
@Entity('cej_income_declarations')
@Unique('UQ_cej_income_declarations_contract_month', ['contractId', 'month'])
export class CejIncomeDeclaration {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field({ description: 'Premier jour du mois déclaré.' }) @Column({ type: 'date' }) month!: string;
  @Field({ description: 'Revenus d’activité du mois (EUR, texte décimal).' }) @Column(money) activityIncome!: string;
  @Field({ description: 'Allocations chômage, rémunération de formation… déduites en totalité (EUR).' })
  @Column({ ...money, default: 0 })
  fullDeductionIncome!: string;
  @Field(() => HouseholdTaxBracket)
  @Column({ type: 'enum', enum: HouseholdTaxBracket, enumName: 'cej_declaration_tax_bracket' })
  taxBracket!: HouseholdTaxBracket;
  @Field() @Column({ type: 'date' }) declaredOn!: string;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) recordedByUserId!: string | null;
}

/** A breach of the young person's commitments (an unexcused absence), ranked: 1st, 2nd, 3rd… */
@ObjectType({
  description:
    'Un manquement (absence injustifiée) : le 1er retire un quart de l’allocation du mois, le 2e la supprime, le 3e mène à la fin du contrat.',
})
@Entity('cej_breaches')
@Unique('UQ_cej_breaches_contract_rank', ['contractId', 'rank'])
@Index('IDX_cej_breaches_contract_date', ['contractId', 'occurredOn'])
export class CejBreach {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field({ description: 'Jour du manquement.' }) @Column({ type: 'date' }) occurredOn!: string;
  @Field(() => Int, { description: 'Rang du manquement dans le contrat (1, 2, 3…).' })
  @Column({ type: 'int' })
  rank!: number;
  @Field(() => ID, { nullable: true, description: 'L’action manquée, si le manquement est une absence au planning.' })
  @Index()
  @Column('uuid', { nullable: true })
  actionId!: string | null;
  @ManyToOne(() => CejAction, { onDelete: 'SET NULL' }) action?: Relation<CejAction>;
  @Field() @Column({ type: 'text' }) note!: string;

  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) recordedByUserId!: string | null;
}
