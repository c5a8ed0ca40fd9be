import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  EducationLevel,
  EntrySituation,
  FseAnswer,
  FseEmploymentStatus,
  FseHouseholdSituation,
  IscedGroup,
  Programme,
  Sex,
} from '@passerelle/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { Structure } from '../../core/tenancy/structures/structure.entity';
import { User } from '../../core/tenancy/users/user.entity';
import './participant.enums';
import { CreatedAtField, IdField, UpdatedAtField, VersionField } from '../../core/database/columns';

const fseAnswer = { type: 'enum', enum: FseAnswer, enumName: 'fse_answer', nullable: true } as const;

/**
 * A person followed by an operator structure. Names are also stored normalised (lower case, no accents) in the
 * C collation, so that duplicate checks and prefix searches use the indexes.
 */
@ObjectType({
  description: 'Une personne suivie par la structure : état civil, coordonnées, situation à l’entrée, données FSE+.',
})
@Entity('participants')
@Index('IDX_participants_identity', ['structureId', 'normalizedLastName', 'normalizedFirstName', 'birthDate'])
@Index('IDX_participants_first_name', ['structureId', 'normalizedFirstName'])
@Index('IDX_participants_birth_date', ['structureId', 'birthDate'])
@Index('IDX_participants_programme', ['structureId', 'programme'])
export class Participant {
  @IdField() id!: string;

  @Field(() => ID) @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field(() => Programme) @Column({ type: 'enum', enum: Programme, enumName: 'programme' }) programme!: Programme;

  @Field({ description: 'Nom de famille (nom de naissance ou d’usage).' }) @Column() lastName!: string;
  @Field() @Column() firstName!: string;
  @Column({ collation: 'C' }) normalizedLastName!: string;
  @Column({ collation: 'C' }) normalizedFirstName!: string;

  @Field(() => Sex) @Column({ type: 'enum', enum: Sex, enumName: 'sex' }) sex!: Sex;
  @Field({ description: 'Date de naissance (AAAA-MM-JJ).' }) @Column({ type: 'date' }) birthDate!: string;

  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', nullable: true }) email!: string | null;

  @Column({ type: 'varchar', nullable: true }) addressLine!: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) postalCode!: string | null;
  @Column({ type: 'varchar', length: 5, nullable: true }) communeCode!: string | null;
  @Column({ type: 'varchar', nullable: true }) communeName!: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) districtCode!: string | null;
  @Column({ type: 'varchar', nullable: true }) epci!: string | null;
  @Column({ default: false }) inQpv!: boolean;
  @Column({ type: 'varchar', length: 20, nullable: true }) qpvCode!: string | null;

  @Index() @Column('uuid', { nullable: true }) branchId!: string | null;
  @ManyToOne(() => Branch, { onDelete: 'SET NULL' }) branch?: Relation<Branch>;
  @Field({ description: 'Vrai quand l’antenne a été choisie à la main plutôt que déduite de l’adresse.' })
  @Column({ default: false })
  branchOverridden!: boolean;

  @Index() @Column('uuid', { nullable: true }) referentUserId!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'referentUserId' }) referent?: Relation<User>;

  @Field(() => [EntrySituation])
  @Column({ type: 'enum', enum: EntrySituation, enumName: 'entry_situation', array: true, default: '{}' })
  entrySituations!: EntrySituation[];

  @Field(() => EducationLevel, { nullable: true })
  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level', nullable: true })
  educationLevel!: EducationLevel | null;

  @Column({ type: 'enum', enum: FseEmploymentStatus, enumName: 'fse_employment_status', nullable: true })
  fseEmploymentStatus!: FseEmploymentStatus | null;
  @Column({ type: 'enum', enum: FseHouseholdSituation, enumName: 'fse_household_situation', nullable: true })
  fseHouseholdSituation!: FseHouseholdSituation | null;
  @Column(fseAnswer) fseDisability!: FseAnswer | null;
  @Column(fseAnswer) fseThirdCountryNational!: FseAnswer | null;
  @Column(fseAnswer) fseForeignBackground!: FseAnswer | null;
  @Column(fseAnswer) fseMinority!: FseAnswer | null;
  @Column(fseAnswer) fseHomeless!: FseAnswer | null;
  @Column({ type: 'boolean', nullable: true }) fseRuralArea!: boolean | null;

  @VersionField() version!: number;
  @CreatedAtField() createdAt!: Date;
  @UpdatedAtField() updatedAt!: Date;
}

/** Health, disability and social notes: kept apart, read and written only by the people who follow the person. */
@ObjectType({
  description:
    'Données sensibles (santé, handicap, situation sociale), réservées aux personnes qui suivent le participant.',
})
@Entity('participant_sensitive_data')
export class ParticipantSensitive {
  @PrimaryColumn('uuid') participantId!: string;
  @OneToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participantId' })
  participant?: Relation<Participant>;

  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) healthNotes!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) disabilityNotes!: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) socialNotes!: string | null;

  @VersionField() version!: number;
  @UpdatedAtField() updatedAt!: Date;
  @Column('uuid', { nullable: true }) updatedByUserId!: string | null;
}

@ObjectType({ description: 'Adresse : commune (code INSEE), quartier, EPCI, quartier prioritaire (QPV).' })
export class ParticipantAddress {
  @Field(() => String, { nullable: true }) line!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune.' }) communeCode!: string | null;
  @Field(() => String, { nullable: true }) communeName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Code de l’arrondissement ou du quartier (ex. 69385 pour Lyon 5e).',
  })
  districtCode!: string | null;
  @Field(() => String, { nullable: true }) epci!: string | null;
  @Field({ description: 'Réside dans un quartier prioritaire de la politique de la ville.' }) inQpv!: boolean;
  @Field(() => String, { nullable: true }) qpvCode!: string | null;
}

@ObjectType({ description: 'Données FSE+ d’entrée (questionnaire de recueil des données).' })
export class FseEntry {
  @Field(() => FseEmploymentStatus, { nullable: true }) employmentStatus!: FseEmploymentStatus | null;
  @Field({ description: 'Chômeur·se de longue durée (plus de 12 mois).' }) longTermUnemployed!: boolean;
  @Field(() => IscedGroup, { nullable: true, description: 'Déduit du niveau de formation.' })
  educationIsced!: IscedGroup | null;
  @Field(() => FseHouseholdSituation, { nullable: true }) householdSituation!: FseHouseholdSituation | null;
  @Field(() => FseAnswer, {
    nullable: true,
    description: 'Donnée sensible : null si vous n’avez pas le droit de la voir.',
  })
  disability!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true, description: 'Donnée sensible (origine), comme `disability`.' })
  thirdCountryNational!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true, description: 'Donnée sensible (origine), comme `disability`.' })
  foreignBackground!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true, description: 'Donnée sensible (origine), comme `disability`.' })
  minority!: FseAnswer | null;
  @Field(() => FseAnswer, { nullable: true }) homeless!: FseAnswer | null;
  @Field(() => Boolean, { nullable: true }) ruralArea!: boolean | null;
}
