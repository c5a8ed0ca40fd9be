import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  DigitalCertificationKind,
  DigitalPlanItemStatus,
  MAX_ACTION_HOURS,
  PixDomain,
  WorkshopAttendance,
} from '@passerelle/domain';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../cej.enums';
import { NestedList, OptionalDay, OptionalEnum, OptionalString, RequiredText } from '../../../core/validation/fields';

@InputType()
export class PixScoreInput {
  @Field({ description: 'Compétence (1.1 à 5.2).' }) @IsString() @MaxLength(5) competence!: string;
  @Field(() => Int, { description: 'Pix obtenus (0 à 56).' })
  @IsInt({ message: 'Un nombre entier de pix est attendu.' })
  pix!: number;
}

@InputType()
export class RecordCejPixDiagnosticInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field() @IsCalendarDate() date!: string;
  @NestedList(() => PixScoreInput, 16, { description: 'Les compétences absentes comptent 0 pix.' })
  scores!: PixScoreInput[];
  @OptionalString(2000) note?: string | null;
}

@InputType({
  description: 'Sans `id`, ajoute un objectif au plan d’action numérique ; avec `id` et `version`, le met à jour.',
})
export class SaveCejDigitalPlanItemInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() id?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) version?: number;
  @OptionalString(5) competence?: string | null;
  @RequiredText(2000, 'L’objectif est obligatoire.') objective!: string;
  @OptionalEnum(DigitalPlanItemStatus) status?: DigitalPlanItemStatus;
  @OptionalDay() dueOn?: string | null;
}

@InputType()
export class CreateCejDigitalWorkshopInput {
  @RequiredText(200, 'L’intitulé est obligatoire.') title!: string;
  @Field(() => ID, { nullable: true, description: 'L’antenne dont l’espace numérique accueille l’atelier.' })
  @IsOptional()
  @IsString()
  branchId?: string | null;
  @Field() @IsCalendarDate() date!: string;
  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25, { message: `De 0,25 à ${MAX_ACTION_HOURS} heures.` })
  @Max(MAX_ACTION_HOURS, { message: `De 0,25 à ${MAX_ACTION_HOURS} heures.` })
  hours!: number;
  @Field(() => ID, {
    nullable: true,
    description:
      'Le lot qui paie l’atelier (attribué, convention signée) : son prestataire l’anime et saisit les présences.',
  })
  @IsOptional()
  @IsString()
  lotId?: string | null;
  @OptionalString(200, { description: 'Un animateur hors marché (ignoré quand un lot est choisi).' })
  provider?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) capacity?: number | null;
}

@InputType({
  description: 'Oriente le jeune vers le parcours numérique d’un lot (son prestataire le reçoit), ou l’en retire.',
})
export class SetCejContractDigitalLotInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID, { nullable: true, description: 'Sans lot : le jeune quitte le parcours numérique du prestataire.' })
  @IsOptional()
  @IsString()
  lotId?: string | null;
}

@InputType()
export class EnrolInCejDigitalWorkshopInput {
  @Field(() => ID) @IsString() workshopId!: string;
  @Field(() => ID) @IsString() contractId!: string;
}

@InputType()
export class RecordCejWorkshopAttendanceInput {
  @Field(() => ID) @IsString() enrolmentId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => WorkshopAttendance) @IsEnum(WorkshopAttendance) attendance!: WorkshopAttendance;
}

@InputType()
export class RecordCejDigitalCertificationInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => DigitalCertificationKind) @IsEnum(DigitalCertificationKind) kind!: DigitalCertificationKind;
  @Field() @IsCalendarDate() obtainedOn!: string;
  @OptionalString(100) result?: string | null;
  @OptionalString(100) reference?: string | null;
}

@ObjectType({ description: 'Le résultat d’une compétence Pix.' })
export class CejPixCompetenceResult {
  @Field() competence!: string;
  @Field() label!: string;
  @Field(() => PixDomain) domain!: PixDomain;
  @Field(() => Int) pix!: number;
  @Field(() => Int, { description: 'Niveau atteint (0 à 7), 8 pix par niveau.' }) level!: number;
}

@ObjectType({ description: 'Le total d’un domaine Pix.' })
export class CejPixDomainResult {
  @Field(() => PixDomain) domain!: PixDomain;
  @Field() label!: string;
  @Field(() => Int) pix!: number;
  @Field(() => Int) maxPix!: number;
}

@ObjectType({ description: 'Tableau de suivi mensuel du parcours numérique (seed 004), calculé en SQL.' })
export class CejDigitalMonthlyReport {
  @Field() month!: string;
  @Field(() => Int, { description: 'Contrats qui courent pendant le mois.' }) runningContracts!: number;
  @Field(() => Int, { description: 'Contrats diagnostiqués (Pix) depuis leur début, à la fin du mois.' })
  diagnosedContracts!: number;
  @Field(() => Float, { nullable: true, description: 'Part des contrats en cours diagnostiqués (objectif : 100 %).' })
  diagnosedRate!: number | null;
  @Field(() => Int, { description: 'Diagnostics faits dans le mois.' }) diagnosticsInMonth!: number;
  @Field(() => Int, { description: 'Contrats en cours ayant un plan d’action numérique.' }) contractsWithPlan!: number;
  @Field(() => Int) workshopsInMonth!: number;
  @Field(() => Int) enrolmentsInMonth!: number;
  @Field(() => Int) attendancesInMonth!: number;
  @Field(() => Float, { description: 'Heures d’atelier suivies (présences × durée).' }) attendedHoursInMonth!: number;
  @Field(() => Int) certificationsInMonth!: number;
}
