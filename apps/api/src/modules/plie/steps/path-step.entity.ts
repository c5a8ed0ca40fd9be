import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContractType, StepKind, StepOutcome } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { PliePath } from '../paths/plie-path.entity';
import '../plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A step ("étape") of a parcours: an action, a training, an immersion, a job… */
@ObjectType({ description: 'Une étape du parcours.' })
@Entity('plie_steps')
export class PathStep {
  @IdField() id!: string;
  @Field(() => ID) @Index() @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;

  @Field(() => StepKind) @Column({ type: 'enum', enum: StepKind, enumName: 'step_kind' }) kind!: StepKind;
  @Field() @Column() title!: string;
  @Field(() => String, { nullable: true, description: 'Organisme, employeur ou structure d’accueil.' })
  @Column({ type: 'varchar', nullable: true })
  organisation!: string | null;

  @Field() @Column({ type: 'date' }) plannedStart!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) plannedEnd!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) actualStart!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) actualEnd!: string | null;

  @Field(() => StepOutcome)
  @Column({ type: 'enum', enum: StepOutcome, enumName: 'step_outcome', default: StepOutcome.PLANNED })
  outcome!: StepOutcome;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) outcomeNote!: string | null;

  @Field({ description: 'Formation qualifiante (titre, diplôme, certification).' })
  @Column({ default: false })
  qualifying!: boolean;
  @Field(() => ContractType, { nullable: true })
  @Column({ type: 'enum', enum: ContractType, enumName: 'contract_type', nullable: true })
  contractType!: ContractType | null;
  @Field(() => Int, { nullable: true, description: 'Durée du contrat en mois (contrats à durée déterminée).' })
  @Column({ type: 'int', nullable: true })
  contractMonths!: number | null;
  @Field(() => Int, { nullable: true, description: 'Temps de travail en % d’un temps plein.' })
  @Column({ type: 'int', nullable: true })
  workingTimePercent!: number | null;
  @Field({
    description: 'Emploi durable, reconnu par la règle (CDI à mi-temps au moins, CDD ou intérim de 6 mois ou plus).',
  })
  @Column({ default: false })
  lastingJob!: boolean;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @Column('uuid', { nullable: true }) createdByUserId!: string | null;
}
