import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus, SessionKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, Relation } from 'typeorm';
import { Lot } from '../../markets/lots/lot.entity';
import '../../markets/markets.enums';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

/** A collective session of a lot: workshop, information session or exchange of practice, with its capacity. */
@ObjectType('ActivitySession', {
  description:
    'Une séance collective d’un lot (atelier, information collective, échange de pratiques) : date, durée, lieu, animateur, capacité.',
})
@Entity('activity_sessions')
@Index('IDX_activity_sessions_lot_date', ['lotId', 'date'])
@Index('IDX_activity_sessions_provider_date', ['providerStructureId', 'date'])
@Index('IDX_activity_sessions_structure_date', ['structureId', 'date'])
export class ActivitySession {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') lotId!: string;
  @ManyToOne(() => Lot, { onDelete: 'RESTRICT' }) lot?: Relation<Lot>;
  /** The operator that owns the lot. */
  @Column('uuid') structureId!: string;
  @Field(() => ID) @Column('uuid') providerStructureId!: string;

  @Field(() => SessionKind) @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' }) kind!: SessionKind;
  @Field() @Column() title!: string;
  @Field() @Column({ type: 'date' }) date!: string;
  @Field({ description: 'Heure de début (HH:MM, heure de Paris).' })
  @Column({ type: 'varchar', length: 5 })
  startTime!: string;
  @Field(() => Int, { description: 'Durée en minutes.' }) @Column('int') durationMinutes!: number;
  @Field() @Column() place!: string;
  @Field({ description: 'Animateur ou animatrice.' }) @Column() facilitator!: string;
  @Field(() => Int, { nullable: true }) @Column('int', { nullable: true }) minParticipants!: number | null;
  @Field(() => Int) @Column('int') maxParticipants!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Numéro du cycle d’ateliers (la « session » du cahier des charges), pour les entrées hors entrées permanentes.',
  })
  @Column('int', { nullable: true })
  cycleNumber!: number | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Feuille d’émargement figée (signée) : la présence ne peut plus changer.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  sheetFrozenAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 de la feuille signée.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  sheetSha256!: string | null;
  @Field(() => ID, { nullable: true, description: 'Le justificatif : la feuille signée.' })
  @Column('uuid', { nullable: true })
  sheetProofId!: string | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
}

/** A participant enrolled in a session, and their attendance once recorded. */
@ObjectType({ description: 'L’inscription d’un participant à une séance, et sa présence.' })
@Entity('session_enrolments')
@Index('UQ_session_enrolments_session_orientation', ['sessionId', 'orientationId'], { unique: true })
@Index('IDX_session_enrolments_orientation', ['orientationId'])
@Index('IDX_session_enrolments_participant', ['participantId'])
export class Enrolment {
  @IdField() id!: string;
  @Field(() => ID) @Column('uuid') sessionId!: string;
  @ManyToOne(() => ActivitySession, { onDelete: 'CASCADE' }) session?: Relation<ActivitySession>;
  @Field(() => ID) @Column('uuid') orientationId!: string;
  @ManyToOne(() => Orientation, { onDelete: 'CASCADE' }) orientation?: Relation<Orientation>;
  @Column('uuid') participantId!: string;
  /** The orientation's operator and provider, copied by a database trigger for row-level security (never written by the app). */
  @Column({ type: 'uuid', insert: false, update: false }) structureId!: string;
  @Column({ type: 'uuid', insert: false, update: false }) providerStructureId!: string;

  @Field(() => AttendanceStatus, { nullable: true })
  @Column({ type: 'enum', enum: AttendanceStatus, enumName: 'attendance_status', nullable: true })
  attendance!: AttendanceStatus | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  attendanceRecordedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Signature électronique du participant.' })
  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;
  /** The drawn signature (PNG), kept to print the signed sheet. */
  @Column({ type: 'bytea', nullable: true }) signatureImage!: Buffer | null;

  @CreatedAtField() createdAt!: Date;
}
