import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactMode, ExitProposalReason, ExitProposalStatus, InterviewKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import '../../markets/markets.enums';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import '../../plie/plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A reminder ("relance") the provider sent a participant; two unanswered ones raise an exit proposal. */
@ObjectType('ActionReminder', { description: 'Une relance du prestataire (répondue ou non).' })
@Entity('action_reminders')
@Index('IDX_action_reminders_orientation_date', ['orientationId', 'date'])
export class ActionReminder {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field(() => ContactMode) @Column({ type: 'enum', enum: ContactMode, enumName: 'contact_mode' }) mode!: ContactMode;
  @Field() @Column() answered!: boolean;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}

/** Seed 002: an exit the provider proposes (2 consecutive unexcused absences, 2 unanswered reminders); the operator decides. */
@ObjectType({
  description:
    'Une proposition de sortie (perte de contact), à valider par la structure porteuse : jamais de sortie automatique.',
})
@Entity('exit_proposals')
@Index('UQ_exit_proposals_pending', ['orientationId'], { unique: true, where: `"status" = 'PENDING'` })
@Index('IDX_exit_proposals_orientation', ['orientationId', 'raisedOn'])
@Index('IDX_exit_proposals_structure_status', ['structureId', 'status'])
@Index('IDX_exit_proposals_provider_status', ['providerStructureId', 'status'])
export class ExitProposal {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  @Column('uuid') structureId!: string;
  @Column('uuid') providerStructureId!: string;
  @Field(() => ExitProposalReason)
  @Column({ type: 'enum', enum: ExitProposalReason, enumName: 'exit_proposal_reason' })
  reason!: ExitProposalReason;
  @Field() @Column({ type: 'date' }) raisedOn!: string;
  @Field(() => ExitProposalStatus)
  @Column({
    type: 'enum',
    enum: ExitProposalStatus,
    enumName: 'exit_proposal_status',
    default: ExitProposalStatus.PENDING,
  })
  status!: ExitProposalStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) decidedOn!: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedByUserId!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) decisionNote!: string | null;
  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** An individual interview the provider held with an oriented participant. */
@ObjectType({ description: 'Un entretien individuel du prestataire : date, durée, type, compte rendu, justificatif.' })
@Entity('activity_interviews')
@Index('IDX_activity_interviews_orientation_date', ['orientationId', 'date'])
@Index('IDX_activity_interviews_lot_date', ['lotId', 'date'])
export class Interview {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @Column('uuid') providerStructureId!: string;
  /** The orientation's operator, copied by a database trigger for row-level security (never written by the app). */
  @Column({ type: 'uuid', insert: false, update: false }) structureId!: string;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field(() => Int, { description: 'Durée en minutes.' }) @Column('int') durationMinutes!: number;
  @Field(() => InterviewKind)
  @Column({ type: 'enum', enum: InterviewKind, enumName: 'interview_kind' })
  kind!: InterviewKind;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Field(() => ID, { nullable: true, description: 'Justificatif (agenda, feuille signée…).' })
  @Index()
  @Column('uuid', { nullable: true })
  proofId!: string | null;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({ description: 'Un mois de soutien psychosocial (« deux entretiens par mois », cahier 002, lot 1).' })
export class InterviewMonth {
  @Field({ description: 'Mois (AAAA-MM).' }) month!: string;
  @Field(() => Int) interviews!: number;
  @Field({ description: 'Mois écoulé avec moins de deux entretiens de soutien psychosocial.' }) late!: boolean;
}

@ObjectType({
  description:
    'Les entretiens d’une personne au regard du lot : nombre compté contre le maximum par participant (hors soutien psychosocial), dépassement, et cadence mensuelle du soutien psychosocial.',
})
export class InterviewFollowUpView {
  @Field(() => Int, { description: 'Entretiens comptés contre le maximum du lot (hors soutien psychosocial).' })
  counted!: number;
  @Field(() => Int, { nullable: true, description: 'Maximum d’entretiens par participant prévu par le lot.' })
  limit!: number | null;
  @Field(() => Int, { description: 'Entretiens au-delà du maximum du lot (0 sinon).' }) beyondLimit!: number;
  @Field(() => [InterviewMonth], {
    description: 'Soutien psychosocial mois par mois depuis le premier entretien (vide sans soutien).',
  })
  psychosocialMonths!: InterviewMonth[];
}
