import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ExitReason, FseExitResult, PathStatus } from '@passerelle/domain';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, Relation, UpdateDateColumn } from 'typeorm';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Participant } from '../../participants/participant.entity';
import '../plie.enums';
import { CreatedAtField, IdField, VersionField } from '../../../core/database/columns';

const pathStatus = { type: 'enum', enum: PathStatus, enumName: 'path_status' } as const;
/** Same values; its own type name, because TypeORM's generator would create a shared enum type twice. */
const transitionStatus = { type: 'enum', enum: PathStatus, enumName: 'path_transition_status' } as const;

/** A PLIE parcours: from the orientation by a prescriber to the exit. A participant has at most one that is not over. */
@ObjectType({ description: 'Un parcours PLIE, de l’orientation à la sortie.' })
@Entity('plie_paths')
@Index('IDX_plie_paths_structure_status', ['structureId', 'status'])
@Index('IDX_plie_paths_participant_status', ['participantId', 'status'])
export class PliePath {
  @IdField() id!: string;

  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => ID) @Column('uuid') participantId!: string;
  @ManyToOne(() => Participant, { onDelete: 'CASCADE' }) participant?: Relation<Participant>;

  @Field(() => PathStatus) @Column(pathStatus) status!: PathStatus;
  @Field({ description: 'Jour du dernier changement de statut.' }) @Column({ type: 'date' }) statusChangedOn!: string;

  @Field({ description: 'Le prescripteur qui a orienté la personne (France Travail, CCAS, Département…).' })
  @Column()
  prescriber!: string;
  @Field({ description: 'Jour de l’orientation.' }) @Column({ type: 'date' }) orientedOn!: string;
  @Field(() => String, { nullable: true, description: 'Jour de l’admission par le comité.' })
  @Column({ type: 'date', nullable: true })
  admittedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Fin du suivi dans l’emploi : embauche + 6 mois, ou fin de la formation qualifiante.',
  })
  @Column({ type: 'date', nullable: true })
  followUpEndsOn!: string | null;

  @Column({ type: 'date', nullable: true }) exitDate!: string | null;
  @Column({ type: 'enum', enum: ExitReason, enumName: 'exit_reason', nullable: true }) exitReason!: ExitReason | null;
  @Column({ type: 'boolean', nullable: true }) exitPositive!: boolean | null;
  @Column({ type: 'text', nullable: true }) exitComment!: string | null;
  @Column({ type: 'enum', enum: FseExitResult, enumName: 'fse_exit_result', array: true, nullable: true })
  fseExitResults!: FseExitResult[] | null;
  @Column({ type: 'date', nullable: true }) fseExitRecordedOn!: string | null;

  /** Seed 002 §6: the participant's free consent and acknowledgement of rights and duties, with its proof. */
  @Column({ type: 'date', nullable: true }) consentGivenOn!: string | null;
  @Column('uuid', { nullable: true }) consentProofId!: string | null;
  @Column('uuid', { nullable: true }) consentRecordedByUserId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) consentRecordedAt!: Date | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** Every change of status of a path: the day it took effect, who recorded it, why. */
@ObjectType({ description: 'Un changement de statut du parcours : date, auteur, motif.' })
@Entity('plie_path_transitions')
export class PathTransition {
  @IdField() id!: string;
  @Index() @Column('uuid') pathId!: string;
  @ManyToOne(() => PliePath, { onDelete: 'CASCADE' }) path?: Relation<PliePath>;

  @Field(() => PathStatus, { nullable: true })
  @Column({ ...transitionStatus, nullable: true })
  fromStatus!: PathStatus | null;
  @Field(() => PathStatus) @Column(transitionStatus) toStatus!: PathStatus;
  @Field({ description: 'Jour où le changement prend effet.' }) @Column({ type: 'date' }) effectiveOn!: string;
  @Field(() => GraphQLISODateTime, { description: 'Quand il a été enregistré.' })
  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) byUserId!: string | null;
  @Column('uuid', { nullable: true }) byApiKeyId!: string | null;
  @Field({ description: 'COMMITTEE, STEP, EXIT, REOPEN ou MANUAL.' }) @Column() trigger!: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'jsonb', nullable: true }) details!: object | null;
}

@ObjectType({ description: 'La sortie du parcours.' })
export class PathExit {
  @Field() date!: string;
  @Field(() => ExitReason, {
    nullable: true,
    description: 'Motif ; null (avec `comment`) pour une sortie pour raisons de santé sans `participants:sensitive`.',
  })
  reason!: ExitReason | null;
  @Field({
    description:
      'Sortie positive, calculée par la règle : emploi durable ou formation qualifiante prouvés par la dernière étape.',
  })
  positive!: boolean;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => [FseExitResult], {
    description: 'FSE+ : résultat immédiat ; vide tant que la fiche de sortie n’est pas remplie.',
  })
  fseResults!: FseExitResult[];
  @Field(() => String, { nullable: true }) fseRecordedOn!: string | null;
}

@ObjectType({
  description:
    'Le consentement de la personne : libre adhésion au PLIE, prise de connaissance de ses droits et obligations (cahier 002 §6).',
})
export class PathConsent {
  @Field({ description: 'Jour où la personne a donné son accord.' }) givenOn!: string;
  @Field(() => GraphQLISODateTime, { description: 'Quand il a été enregistré.' }) recordedAt!: Date;
  @Field(() => ID, { nullable: true }) recordedByUserId!: string | null;
  @Field(() => ID, { description: 'Le justificatif (document signé).' }) proofId!: string;
}
