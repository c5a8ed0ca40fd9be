import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Branch } from '../../../core/tenancy/branches/branch.entity';
import { Lot } from '../../markets/lots/lot.entity';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { User } from '../../../core/tenancy/users/user.entity';
import { decimalHours } from '../cej-columns';
import '../cej.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A "promo": the collective intensive first month, 5 to 6 days of workshops run by providers. Several run at once. */
@ObjectType({
  description: 'Une promo : le mois collectif intensif (5 à 6 jours d’ateliers animés par des prestataires).',
})
@Entity('cej_cohorts')
@Index('IDX_cej_cohorts_structure_start', ['structureId', 'startsOn'])
@Index('IDX_cej_cohorts_structure_counsellor', ['structureId', 'counsellorUserId'])
@Index('IDX_cej_cohorts_structure_branch', ['structureId', 'branchId'])
@Index('IDX_cej_cohorts_structure_end', ['structureId', 'endsOn'])
export class CejCohort {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field({ description: 'Nom de la promo (ex. « Promo mars 2025 — Alès centre »).' }) @Column() name!: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) branchId!: string | null;
  @ManyToOne(() => Branch, { onDelete: 'SET NULL' }) branch?: Relation<Branch>;
  @Field(() => ID, { description: 'Le conseiller ou la conseillère qui anime la promo.' })
  @Column('uuid')
  counsellorUserId!: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counsellorUserId' })
  counsellor?: Relation<User>;

  @Field() @Column({ type: 'date' }) startsOn!: string;
  @Field() @Column({ type: 'date' }) endsOn!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) location!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** A workshop day of a promo, run by a provider; every member gets it in their planning. */
@ObjectType({ description: 'Une journée d’atelier de la promo, animée par un prestataire.' })
@Entity('cej_cohort_sessions')
@Index('IDX_cej_cohort_sessions_cohort_date', ['cohortId', 'date'])
export class CejCohortSession {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') cohortId!: string;
  @ManyToOne(() => CejCohort, { onDelete: 'CASCADE' }) cohort?: Relation<CejCohort>;

  @Field() @Column({ type: 'date' }) date!: string;
  @Field() @Column() title!: string;
  /** The lot that pays the workshop: its contracted provider runs it and receives the promo's members. */
  @Field(() => ID, { nullable: true, description: 'Le lot qui paie l’atelier : son prestataire l’anime.' })
  @Index('IDX_cej_cohort_sessions_lot')
  @Column('uuid', { nullable: true })
  lotId!: string | null;
  @ManyToOne(() => Lot, { onDelete: 'SET NULL' }) lot?: Relation<Lot>;
  /** A provider named in free text, kept only when it matches no contracted structure (see `provider`). */
  @Column({ type: 'varchar', nullable: true })
  provider!: string | null;
  @Field(() => Float, { description: 'Durée en heures.' }) @Column(decimalHours) hours!: number;
  @CreatedAtField() createdAt!: Date;
}
