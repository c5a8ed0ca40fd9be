import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionExitReason, DeadlineStatus, OrientationStatus } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Lot } from '../../markets/lots/lot.entity';
import '../../markets/markets.enums';
import { Participant } from '../../participants/participant.entity';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/**
 * A participant oriented ("prescrit") by the operator to the action of a lot. The provider of the lot owes a liaison
 * sheet "entrée / non entrée" within 15 days, and a sheet "sortie" within 15 days of the exit; both deadlines are
 * stored, so that late sheets are found through an index.
 */
@ObjectType({
  description:
    'L’orientation d’un participant vers l’action d’un lot, et les fiches de liaison que le prestataire doit envoyer.',
})
@Entity('orientations')
@Index('IDX_orientations_structure_status', ['structureId', 'status'])
@Index('IDX_orientations_provider_status', ['providerStructureId', 'status'])
@Index('IDX_orientations_structure_entry_due', ['structureId', 'entryDueOn'])
@Index('IDX_orientations_provider_entry_due', ['providerStructureId', 'entryDueOn'])
@Index('IDX_orientations_lot_status', ['lotId', 'status'])
@Index('IDX_orientations_lot_exit', ['lotId', 'exitOn'])
@Index('IDX_orientations_participant', ['participantId', 'orientedOn'])
export class Orientation {
  @IdField() id!: string;
  /** The operator that orients (and owns the participant's file). */
  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' }) lot?: Relation<Lot>;
  /** The provider that delivers the lot (its convention), copied so that scoping needs no join. */
  @Field(() => ID) @Column('uuid') providerStructureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'RESTRICT' }) providerStructure?: Relation<Structure>;
  @Field(() => ID) @Column('uuid') participantId!: string;
  @ManyToOne(() => Participant, { onDelete: 'CASCADE' }) participant?: Relation<Participant>;

  @Field({ description: 'Jour de l’orientation.' }) @Column({ type: 'date' }) orientedOn!: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) orientedByUserId!: string | null;
  @Field(() => String, { nullable: true, description: 'Objectif de l’orientation, partagé avec le prestataire.' })
  @Column({ type: 'text', nullable: true })
  purpose!: string | null;
  @Field(() => OrientationStatus)
  @Column({
    type: 'enum',
    enum: OrientationStatus,
    enumName: 'orientation_status',
    default: OrientationStatus.PENDING_ENTRY,
  })
  status!: OrientationStatus;

  @Column({ type: 'date' }) entryDueOn!: string;
  @Column({ type: 'date', nullable: true }) entrySheetSentOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Démarrage de l’action (fiche d’entrée).' })
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Jour de sortie de l’action.' })
  @Column({ type: 'date', nullable: true })
  exitOn!: string | null;
  @Field(() => ActionExitReason, { nullable: true })
  @Column({ type: 'enum', enum: ActionExitReason, enumName: 'action_exit_reason', nullable: true })
  exitReason!: ActionExitReason | null;
  @Index('IDX_orientations_exit_due') @Column({ type: 'date', nullable: true }) exitDueOn!: string | null;
  @Column({ type: 'date', nullable: true }) exitSheetSentOn!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

@ObjectType({ description: 'Une fiche de liaison due : échéance (15 jours calendaires), jour d’envoi, état.' })
export class LiaisonDeadline {
  @Field({ description: 'Dernier jour pour l’envoyer.' }) dueOn!: string;
  @Field(() => String, { nullable: true }) sentOn!: string | null;
  @Field(() => DeadlineStatus) status!: DeadlineStatus;
  @Field({ description: 'Vrai si la fiche est en retard (non envoyée après l’échéance, ou envoyée après).' })
  late!: boolean;
}

/** What a provider may know of a participant: identity and contact, never the sensitive data nor the operator's notes. */
@ObjectType({
  description:
    'Ce qu’un prestataire voit d’un participant orienté vers ses lots : identité, date de naissance, contact, commune.',
})
export class OrientedParticipant {
  @Field(() => ID) id!: string;
  @Field() lastName!: string;
  @Field() firstName!: string;
  @Field() birthDate!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) communeName!: string | null;
}

export function orientedView(p: Participant): OrientedParticipant {
  return {
    id: p.id,
    lastName: p.lastName,
    firstName: p.firstName,
    birthDate: p.birthDate,
    phone: p.phone,
    email: p.email,
    postalCode: p.postalCode,
    communeName: p.communeName,
  };
}
