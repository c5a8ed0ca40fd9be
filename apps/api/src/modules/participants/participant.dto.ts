import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  EducationLevel,
  EntrySituation,
  FseAnswer,
  FseEmploymentStatus,
  FseHouseholdSituation,
  PathStatus,
  Programme,
  Sex,
} from '@passerelle/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import './participant.enums';
import {
  OptionalDay,
  OptionalEmail,
  OptionalEnum,
  OptionalId,
  OptionalNested,
  OptionalPhone,
  OptionalString,
  OptionalText,
  RequiredText,
} from '../../core/validation/fields';

const INSEE = /^(?:\d{5}|2[AB]\d{3})$/;

@InputType({ description: 'Adresse ; l’antenne est déduite de la commune ou du quartier, sauf choix manuel.' })
export class AddressInput {
  @OptionalString(200) line?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Code postal invalide (5 chiffres).' })
  postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune (5 caractères).' })
  @IsOptional()
  @Matches(INSEE, { message: 'Code INSEE invalide (5 caractères, ex. 80021).' })
  communeCode?: string | null;
  @OptionalString(100) communeName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{1,10}$/, { message: 'Code de quartier invalide (10 caractères au plus).' })
  districtCode?: string | null;
  @OptionalString(150) epci?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() inQpv: boolean = false;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^Q[A-Z0-9]{5,19}$/, { message: 'Code QPV invalide (ex. QN08001M).' })
  qpvCode?: string | null;
}

@InputType({
  description: 'Réponses au questionnaire FSE+ d’entrée ; un champ absent est laissé tel quel, null l’efface.',
})
export class FseEntryInput {
  @OptionalEnum(FseEmploymentStatus) employmentStatus?: FseEmploymentStatus | null;
  @OptionalEnum(FseHouseholdSituation) householdSituation?: FseHouseholdSituation | null;
  @OptionalEnum(FseAnswer) disability?: FseAnswer | null;
  @OptionalEnum(FseAnswer) thirdCountryNational?: FseAnswer | null;
  @OptionalEnum(FseAnswer) foreignBackground?: FseAnswer | null;
  @OptionalEnum(FseAnswer) minority?: FseAnswer | null;
  @OptionalEnum(FseAnswer) homeless?: FseAnswer | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() ruralArea?: boolean | null;
}

@InputType()
export class CreateParticipantInput {
  @OptionalEnum(Programme, { description: 'Par défaut : PLIE dans un PLIE, CEJ dans une Mission Locale.' })
  programme?: Programme;
  @RequiredText(100, 'Le nom est obligatoire.') lastName!: string;
  @RequiredText(100, 'Le prénom est obligatoire.') firstName!: string;
  @Field(() => Sex) @IsEnum(Sex, { message: 'Choisissez Femme ou Homme.' }) sex!: Sex;
  @Field({ description: 'AAAA-MM-JJ' })
  @IsCalendarDate({ message: 'Date de naissance invalide (format AAAA-MM-JJ attendu).' })
  birthDate!: string;
  @OptionalPhone() phone?: string | null;
  @OptionalEmail() email?: string | null;
  @OptionalNested(() => AddressInput) address?: AddressInput | null;
  @OptionalId('Antenne inconnue.', { description: 'Antenne choisie à la main ; sinon déduite de l’adresse.' })
  branchId?: string | null;
  @OptionalId('Référent·e inconnu·e.', { description: 'Le ou la référent·e de parcours (un membre de la structure).' })
  referentUserId?: string | null;
  @Field(() => [EntrySituation], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(EntrySituation, { each: true })
  entrySituations?: EntrySituation[];
  @OptionalEnum(EducationLevel) educationLevel?: EducationLevel | null;
  @OptionalNested(() => FseEntryInput) fseEntry?: FseEntryInput | null;
  @Field({
    defaultValue: false,
    description:
      'Vrai pour créer la fiche malgré une personne de mêmes nom, prénom et date de naissance déjà suivie (homonyme vérifié).',
  })
  @IsBoolean()
  confirmNotDuplicate: boolean = false;
}

@InputType({ description: 'Les champs absents restent inchangés ; null efface un champ facultatif.' })
export class UpdateParticipantInput {
  @Field(() => ID) @IsUUID('all', { message: 'Identifiant invalide.' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalEnum(Programme) programme?: Programme;
  @OptionalText(100, 'Le nom est obligatoire.') lastName?: string;
  @OptionalText(100, 'Le prénom est obligatoire.') firstName?: string;
  @OptionalEnum(Sex, {}, { message: 'Choisissez Femme ou Homme.' }) sex?: Sex;
  @OptionalDay('Date de naissance invalide (format AAAA-MM-JJ attendu).') birthDate?: string;
  @OptionalPhone() phone?: string | null;
  @OptionalEmail() email?: string | null;
  @OptionalNested(() => AddressInput, { description: 'Remplace toute l’adresse.' }) address?: AddressInput | null;
  @OptionalId('Antenne inconnue.', { description: 'Choisit l’antenne à la main (elle ne suit plus l’adresse).' })
  branchId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Vrai pour revenir à l’antenne déduite de l’adresse.' })
  @IsOptional()
  @IsBoolean()
  branchFromAddress?: boolean;
  @OptionalId('Référent·e inconnu·e.') referentUserId?: string | null;
  @Field(() => [EntrySituation], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(EntrySituation, { each: true })
  entrySituations?: EntrySituation[];
  @OptionalEnum(EducationLevel) educationLevel?: EducationLevel | null;
  @OptionalNested(() => FseEntryInput) fseEntry?: FseEntryInput | null;
}

@InputType()
export class UpdateParticipantSensitiveInput {
  @Field(() => ID) @IsUUID('all', { message: 'Identifiant invalide.' }) participantId!: string;
  @Field(() => Int, { nullable: true, description: 'La version lue ; absente pour une première saisie.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
  @OptionalString(5000) healthNotes?: string | null;
  @OptionalString(5000) disabilityNotes?: string | null;
  @OptionalString(5000) socialNotes?: string | null;
}

@InputType()
export class ParticipantFilter {
  @Field({
    nullable: true,
    description:
      'Début du nom ou du prénom, sans tenir compte des accents ni de la casse (« lef mar » trouve Marie Lefèvre).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
  @OptionalDay() birthDate?: string;
  @OptionalId('Antenne inconnue.') branchId?: string;
  @OptionalId('Référent·e inconnu·e.') referentUserId?: string;
  @OptionalEnum(Programme) programme?: Programme;
  @OptionalEnum(PathStatus, { description: 'Statut d’un parcours PLIE de la personne.' }) pathStatus?: PathStatus;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Vrai : seulement les personnes dont des données FSE+ d’entrée manquent.',
  })
  @IsOptional()
  @IsBoolean()
  fseEntryIncomplete?: boolean;
}

@ArgsType()
export class ParticipantListArgs extends PageArgs {
  @OptionalNested(() => ParticipantFilter) filter?: ParticipantFilter;
}

@ArgsType()
export class ParticipantAuditTrailArgs extends PageArgs {
  @Field(() => ID) @IsString() participantId!: string;
}
