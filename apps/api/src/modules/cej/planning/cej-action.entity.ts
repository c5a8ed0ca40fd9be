import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CejActionKind, CejActionOutcome, SelfEvaluation } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation, Unique } from 'typeorm';
import { CejCohortSession } from '../cohorts/cej-cohort.entity';
import { decimalHours, nullableDecimalHours } from '../cej-columns';
import { CejContract } from '../contracts/cej-contract.entity';
import '../cej.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/**
 * One action of the weekly planning, on one day: planned with its hours, then marked done, not done (excused or
 * not) or partly done. Its objective and the young person's self-evaluation feed the action booklet.
 */
@ObjectType({
  description:
    'Une action du planning hebdomadaire : prévue (heures), puis réalisée, non réalisée ou partiellement réalisée.',
})
@Entity('cej_actions')
@Index('IDX_cej_actions_contract_date', ['contractId', 'date'])
@Index('IDX_cej_actions_contract_kind_date', ['contractId', 'kind', 'date'])
@Unique('UQ_cej_actions_contract_session', ['contractId', 'cohortSessionId'])
@Index('IDX_cej_actions_unexcused', ['contractId'], {
  where: `"outcome" = 'NOT_DONE_UNEXCUSED' AND "breachDismissedAt" IS NULL`,
})
export class CejAction {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field({ description: 'Jour de l’action.' }) @Column({ type: 'date' }) date!: string;
  @Field(() => CejActionKind)
  @Column({ type: 'enum', enum: CejActionKind, enumName: 'cej_action_kind' })
  kind!: CejActionKind;
  @Field() @Column() title!: string;
  @Field(() => String, { nullable: true, description: 'Entreprise d’accueil, employeur, organisme ou prestataire.' })
  @Column({ type: 'varchar', nullable: true })
  organisation!: string | null;
  @Field(() => Float, { description: 'Heures prévues.' }) @Column(decimalHours) plannedHours!: number;

  @Field(() => CejActionOutcome)
  @Column({ type: 'enum', enum: CejActionOutcome, enumName: 'cej_action_outcome', default: CejActionOutcome.PLANNED })
  outcome!: CejActionOutcome;
  @Field(() => Float, {
    nullable: true,
    description: 'Heures réalisées (vide tant que la réalisation n’est pas saisie).',
  })
  @Column(nullableDecimalHours)
  doneHours!: number | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) outcomeNote!: string | null;
  @Field({
    description:
      'Pour un emploi : embauche sur un emploi durable (CDI, CDD ou intérim de 6 mois ou plus), qui met fin au contrat.',
  })
  @Column({ default: false })
  lastingJob!: boolean;

  @Field(() => String, { nullable: true, description: 'Objectif fixé avec le conseiller ou la conseillère.' })
  @Column({ type: 'text', nullable: true })
  objective!: string | null;
  @Field(() => SelfEvaluation, { nullable: true })
  @Column({ type: 'enum', enum: SelfEvaluation, enumName: 'cej_self_evaluation', nullable: true })
  selfEvaluation!: SelfEvaluation | null;
  @Field(() => String, { nullable: true, description: 'Ce que le ou la jeune en retient.' })
  @Column({ type: 'text', nullable: true })
  selfEvaluationNote!: string | null;

  @Field(() => ID, { nullable: true, description: 'La journée de promo dont l’action vient.' })
  @Index()
  @Column('uuid', { nullable: true })
  cohortSessionId!: string | null;
  @ManyToOne(() => CejCohortSession, { onDelete: 'CASCADE' }) cohortSession?: Relation<CejCohortSession>;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Pour une absence injustifiée : le manquement suggéré a été écarté par le conseiller ou la conseillère.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  breachDismissedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Pourquoi le manquement suggéré a été écarté.' })
  @Column({ type: 'text', nullable: true })
  breachDismissalNote!: string | null;
  @Column('uuid', { nullable: true }) breachDismissedByUserId!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
}
