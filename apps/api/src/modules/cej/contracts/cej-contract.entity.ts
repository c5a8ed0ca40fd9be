import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CejContractStatus,
  CejExitReason,
  CejSuspensionReason,
  CejTransitionKind,
  HouseholdTaxBracket,
} from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Relation, UpdateDateColumn } from 'typeorm';
import { Branch } from '../../../core/tenancy/branches/branch.entity';
import { Lot } from '../../markets/lots/lot.entity';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { User } from '../../../core/tenancy/users/user.entity';
import { Participant } from '../../participants/participant.entity';
import { CejCohort } from '../cohorts/cej-cohort.entity';
import '../cej.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A Contrat d'Engagement Jeune between a young person and the Mission Locale. At most one is running per person. */
@ObjectType({ description: 'Un contrat d’engagement jeune (CEJ) : de la préparation à la fin du contrat.' })
@Entity('cej_contracts')
@Index('IDX_cej_contracts_structure_status', ['structureId', 'status'])
@Index('IDX_cej_contracts_counsellor_status', ['counsellorUserId', 'status'])
@Index('IDX_cej_contracts_structure_branch', ['structureId', 'branchId'])
@Index('IDX_cej_contracts_structure_start', ['structureId', 'startOn'])
export class CejContract {
  @IdField() id!: string;

  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => ID) @Index() @Column('uuid') participantId!: string;
  @ManyToOne(() => Participant, { onDelete: 'CASCADE' }) participant?: Relation<Participant>;

  @Field(() => ID, { description: 'Le conseiller ou la conseillère qui suit le contrat.' })
  @Column('uuid')
  counsellorUserId!: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counsellorUserId' })
  counsellor?: Relation<User>;

  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) branchId!: string | null;
  @ManyToOne(() => Branch, { onDelete: 'SET NULL' }) branch?: Relation<Branch>;

  @Field(() => ID, { nullable: true, description: 'La promo du mois collectif intensif.' })
  @Index()
  @Column('uuid', { nullable: true })
  cohortId!: string | null;
  @ManyToOne(() => CejCohort, { onDelete: 'SET NULL' }) cohort?: Relation<CejCohort>;
  @Field(() => ID, {
    nullable: true,
    description:
      'Le lot du parcours numérique (cahier 004) vers lequel le jeune est orienté : son prestataire le reçoit.',
  })
  @Index('IDX_cej_contracts_digital_lot')
  @Column('uuid', { nullable: true })
  digitalLotId!: string | null;
  @ManyToOne(() => Lot, { onDelete: 'SET NULL' }) digitalLot?: Relation<Lot>;

  @Field(() => CejContractStatus)
  @Column({ type: 'enum', enum: CejContractStatus, enumName: 'cej_contract_status' })
  status!: CejContractStatus;
  @Field({ description: 'Jour du dernier changement d’état.' }) @Column({ type: 'date' }) statusChangedOn!: string;

  @Field({ description: 'Premier jour du contrat.' }) @Column({ type: 'date' }) startOn!: string;
  @Field(() => Int, { description: 'Durée initiale en mois (4 à 12, 6 par défaut).' })
  @Column({ type: 'int' })
  initialMonths!: number;
  @Field({
    description:
      'Dernier jour prévu du contrat : calculé à partir du début et de la durée, puis repoussé par les renouvellements.',
  })
  @Column({ type: 'date' })
  endOn!: string;

  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) signedOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Âge à la signature.' })
  @Column({ type: 'int', nullable: true })
  ageAtSignature!: number | null;

  @Field(() => HouseholdTaxBracket)
  @Column({ type: 'enum', enum: HouseholdTaxBracket, enumName: 'household_tax_bracket' })
  householdTaxBracket!: HouseholdTaxBracket;

  @Column({ type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ type: 'enum', enum: CejExitReason, enumName: 'cej_exit_reason', nullable: true })
  exitReason!: CejExitReason | null;
  @Column({ type: 'boolean', nullable: true }) exitPositive!: boolean | null;
  @Column({ type: 'text', nullable: true }) exitComment!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
}

/** Every change of state: the day it took effect, who recorded it, why. */
@ObjectType({ description: 'Un changement d’état du contrat.' })
@Entity('cej_contract_events')
export class CejContractEvent {
  @IdField() id!: string;
  @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field(() => CejTransitionKind)
  @Column({ type: 'enum', enum: CejTransitionKind, enumName: 'cej_transition_kind' })
  kind!: CejTransitionKind;
  @Field(() => CejContractStatus)
  @Column({ type: 'enum', enum: CejContractStatus, enumName: 'cej_event_from_status' })
  fromStatus!: CejContractStatus;
  @Field(() => CejContractStatus)
  @Column({ type: 'enum', enum: CejContractStatus, enumName: 'cej_event_to_status' })
  toStatus!: CejContractStatus;
  @Field({ description: 'Jour où le changement prend effet.' }) @Column({ type: 'date' }) effectiveOn!: string;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @Column('uuid', { nullable: true }) byApiKeyId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) reason!: string | null;
}

/** A suspension, with its reason and dates; open while `resumedOn` is empty. */
@ObjectType({ description: 'Une suspension du contrat (motif, dates).' })
@Entity('cej_suspensions')
export class CejSuspension {
  @IdField() id!: string;
  @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field(() => CejSuspensionReason, {
    nullable: true,
    description: 'Null (avec `note`) pour une raison de santé sans `participants:sensitive`.',
  })
  @Column({ type: 'enum', enum: CejSuspensionReason, enumName: 'cej_suspension_reason' })
  reason!: CejSuspensionReason;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) note!: string | null;
  @Field({ description: 'Premier jour suspendu.' }) @Column({ type: 'date' }) fromOn!: string;
  @Field(() => String, { nullable: true, description: 'Reprise prévue.' })
  @Column({ type: 'date', nullable: true })
  expectedUntil!: string | null;
  @Field(() => String, { nullable: true, description: 'Jour de la reprise (le contrat court de nouveau ce jour-là).' })
  @Column({ type: 'date', nullable: true })
  resumedOn!: string | null;
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) byUserId!: string | null;
}

/** A renewal after the follow-up commission: its reasoned opinion and the new end date. */
@ObjectType({ description: 'Un renouvellement : avis motivé de la commission de suivi et nouvelle date de fin.' })
@Entity('cej_renewals')
export class CejRenewal {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') contractId!: string;
  @ManyToOne(() => CejContract, { onDelete: 'CASCADE' }) contract?: Relation<CejContract>;

  @Field({ description: 'Jour de la commission de suivi.' }) @Column({ type: 'date' }) commissionOn!: string;
  @Field({ description: 'L’avis motivé de la commission.' }) @Column({ type: 'text' }) opinion!: string;
  @Field() @Column({ type: 'date' }) previousEndOn!: string;
  @Field() @Column({ type: 'date' }) newEndOn!: string;
  @Field({ description: 'Au-delà de 12 mois au total (18 au plus), avec une justification.' })
  @Column({ default: false })
  exceptional!: boolean;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) exceptionalJustification!:
    string | null;
  @CreatedAtField() createdAt!: Date;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
}

@ObjectType({ description: 'La fin du contrat.' })
export class CejContractExit {
  @Field() endedOn!: string;
  @Field(() => CejExitReason) reason!: CejExitReason;
  @Field({ description: 'Sortie positive : emploi durable, formation qualifiante ou autre solution.' })
  positive!: boolean;
  @Field(() => String, { nullable: true }) comment!: string | null;
}
