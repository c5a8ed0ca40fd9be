import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { AssessmentKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import '../../markets/markets.enums';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { OptionalDay, RequiredText } from '../../../core/validation/fields';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

@ObjectType({ description: 'Une phase du plan d’actions issu du bilan.' })
@InputType('ActionPlanPhaseInput')
export class ActionPlanPhase {
  @RequiredText(200, 'Nommez la phase.') title!: string;
  @RequiredText(2000, 'Décrivez les actions de la phase.') actions!: string;
  @OptionalDay() dueBy?: string | null;
}

/** Seed 002, lot 4: a guidance (12–15 h) or skills (20 h) assessment, within 2 months, closed by a three-way meeting and a synthesis. */
@ObjectType({
  description:
    'Un bilan d’orientation (12 à 15 h) ou de compétences (20 h), à réaliser dans les 2 mois suivant son démarrage.',
})
@Entity('assessments')
@Index('IDX_assessments_orientation', ['orientationId'])
@Index('IDX_assessments_lot_started', ['lotId', 'startedOn'])
@Index('IDX_assessments_lot_completed', ['lotId', 'completedOn'])
export class Assessment {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  @Column('uuid') participantId!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @Column('uuid') structureId!: string;
  @Column('uuid') providerStructureId!: string;

  @Field(() => AssessmentKind)
  @Column({ type: 'enum', enum: AssessmentKind, enumName: 'assessment_kind' })
  kind!: AssessmentKind;
  @Field() @Column({ type: 'date' }) startedOn!: string;
  @Field({ description: 'À terminer au plus tard ce jour (2 mois après le démarrage).' })
  @Column({ type: 'date' })
  dueBy!: string;
  @Field(() => String, { nullable: true, description: 'Heures réalisées (décimal exact).' })
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  hours!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Entretien tripartite de fin (prestataire, référent·e, participant·e).',
  })
  @Column({ type: 'date', nullable: true })
  tripartiteMeetingOn!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) projectTitle!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) synthesis!: string | null;
  @Field(() => [ActionPlanPhase]) @Column({ type: 'jsonb', default: () => `'[]'` }) actionPlan!: ActionPlanPhase[];
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) completedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Cas particulier justifiant un bilan au-delà de 2 mois.' })
  @Column({ type: 'text', nullable: true })
  justification!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}
