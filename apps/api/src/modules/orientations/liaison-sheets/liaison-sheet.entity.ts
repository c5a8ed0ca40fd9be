import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  ActionExitReason,
  FseAnswer,
  FseEmploymentStatus,
  FseHouseholdSituation,
  LiaisonSheetKind,
} from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import '../../markets/markets.enums';
import { Orientation } from '../orientations/orientation.entity';
import { CreatedAtField, IdField } from '../../../core/database/columns';

/** The answers to the FSE+ entry questionnaire the provider collects with the entry sheet. */
export interface FseQuestionnaireAnswers {
  employmentStatus?: FseEmploymentStatus | null;
  householdSituation?: FseHouseholdSituation | null;
  disability?: FseAnswer | null;
  thirdCountryNational?: FseAnswer | null;
  foreignBackground?: FseAnswer | null;
  minority?: FseAnswer | null;
  homeless?: FseAnswer | null;
  ruralArea?: boolean | null;
}

/** A liaison sheet sent by the provider: "entrée", "non entrée" or "sortie". Sent sheets are never changed. */
@ObjectType({ description: 'Une fiche de liaison envoyée par le prestataire : entrée, non entrée ou sortie.' })
@Entity('liaison_sheets')
@Index('IDX_liaison_sheets_orientation', ['orientationId', 'sentOn'])
export class LiaisonSheet {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;

  @Field(() => LiaisonSheetKind)
  @Column({ type: 'enum', enum: LiaisonSheetKind, enumName: 'liaison_sheet_kind' })
  kind!: LiaisonSheetKind;
  @Field({ description: 'Jour d’envoi.' }) @Column({ type: 'date' }) sentOn!: string;
  @Field({ description: 'Échéance (15 jours calendaires après l’orientation ou la sortie).' })
  @Column({ type: 'date' })
  dueOn!: string;
  @Field({ description: 'Envoyée après l’échéance.' }) @Column() late!: boolean;

  @Field(() => String, { nullable: true, description: 'Entrée : démarrage de l’action.' })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Entrée : atelier ou poste sur lequel la personne est positionnée.',
  })
  @Column({ type: 'varchar', nullable: true })
  position!: string | null;
  @Field(() => String, { nullable: true, description: 'Non entrée : pourquoi.' })
  @Column({ type: 'text', nullable: true })
  nonEntryReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Sortie : jour de sortie.' })
  @Column({ type: 'date', nullable: true })
  exitOn!: string | null;
  @Field(() => ActionExitReason, { nullable: true })
  @Column({ type: 'enum', enum: ActionExitReason, enumName: 'action_exit_reason', nullable: true })
  exitReason!: ActionExitReason | null;
  @Field(() => String, {
    nullable: true,
    description: 'Sortie : synthèse (pour un bilan, le projet, son phasage et le plan d’actions).',
  })
  @Column({ type: 'text', nullable: true })
  synthesis!: string | null;
  @Column({ type: 'jsonb', nullable: true }) fseAnswers!: FseQuestionnaireAnswers | null;

  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) sentByUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({
  description:
    'Réponses au questionnaire FSE+ d’entrée jointes à la fiche ; les réponses sensibles ne sont montrées qu’aux personnes qui suivent le participant.',
})
export class FseQuestionnaire {
  @Field(() => FseEmploymentStatus, { nullable: true }) employmentStatus!: FseEmploymentStatus | null;
  @Field(() => FseHouseholdSituation, { nullable: true }) householdSituation!: FseHouseholdSituation | null;
  @Field(() => FseAnswer, { nullable: true }) disability!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true }) thirdCountryNational!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true }) foreignBackground!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true }) minority!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true }) homeless!: FseAnswer | null;
  @Field(() => Boolean, { nullable: true }) ruralArea!: boolean | null;
}
