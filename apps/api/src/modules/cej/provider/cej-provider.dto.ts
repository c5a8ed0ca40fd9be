import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CEJ_MONTHLY_RETURN_TEXT_MAX, CejActionOutcome, CejContractStatus } from '@passerelle/domain';
import { IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { CejDigitalMonthlyReport } from '../digital/cej-digital.dto';
import '../cej.enums';
import { OptionalString } from '../../../core/validation/fields';

const TEXT_MESSAGE = `${CEJ_MONTHLY_RETURN_TEXT_MAX} caractères au plus.`;

@InputType({
  description:
    'Écrit le retour mensuel d’un jeune reçu : sans `version`, le crée ; avec la `version` lue, le modifie (brouillon).',
})
export class SaveCejMonthlyReturnInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID, { description: 'Le lot au titre duquel le prestataire reçoit le jeune.' })
  @IsString()
  lotId!: string;
  @Field({ description: 'Un jour du mois (AAAA-MM-JJ).' }) @IsCalendarDate() month!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) version?: number;
  @Field({ description: 'Progrès constatés dans le mois.' })
  @IsString()
  @MaxLength(CEJ_MONTHLY_RETURN_TEXT_MAX, { message: TEXT_MESSAGE })
  progress!: string;
  @Field({ description: 'Difficultés rencontrées, points d’attention.' })
  @IsString()
  @MaxLength(CEJ_MONTHLY_RETURN_TEXT_MAX, { message: TEXT_MESSAGE })
  difficulties!: string;
}

@InputType()
export class SubmitCejMonthlyReturnInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

const PROVIDER_OUTCOMES = [
  CejActionOutcome.DONE,
  CejActionOutcome.PARTLY_DONE,
  CejActionOutcome.NOT_DONE_EXCUSED,
  CejActionOutcome.NOT_DONE_UNEXCUSED,
  CejActionOutcome.PLANNED,
];

@InputType({ description: 'La présence d’un jeune à une journée d’atelier de promo payée par le lot du prestataire.' })
export class RecordCejProviderSessionAttendanceInput {
  @Field(() => ID, { description: 'La journée d’atelier au planning du jeune (action).' })
  @IsString()
  actionId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => CejActionOutcome)
  @IsEnum(CejActionOutcome, { message: 'Choisissez une présence dans la liste.' })
  @IsIn(PROVIDER_OUTCOMES, { message: 'Choisissez une présence dans la liste.' })
  outcome!: CejActionOutcome;
  @Field(() => Float, { nullable: true, description: 'Présence partielle : les heures suivies.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Un nombre d’heures est attendu (2 décimales au plus).' })
  doneHours?: number | null;
  @OptionalString(2000, { description: 'Motif d’absence, remarque.' })
  note?: string | null;
}

@ObjectType({ description: 'Un jeune reçu par un prestataire CEJ, au titre d’un de ses lots.' })
export class CejReceivedYoungPerson {
  @Field(() => ID) contractId!: string;
  @Field(() => ID) lotId!: string;
  @Field() lotTitle!: string;
  @Field({ description: 'La Mission Locale qui suit le jeune.' }) operatorName!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() startOn!: string;
  @Field({ description: 'Fin prévue, ou fin effective.' }) endOn!: string;
  @Field(() => CejContractStatus) status!: CejContractStatus;
  @Field(() => String, { nullable: true }) cohortName!: string | null;
  @Field({ description: 'Orienté vers le parcours numérique de ce lot.' }) digitalPath!: boolean;
}

@ObjectType({ description: 'La partie chiffrée d’un retour mensuel, calculée à partir des saisies du mois.' })
export class CejMonthlyReturnFigures {
  @Field(() => Int, { description: 'Journées d’atelier de promo et ateliers numériques du lot, dans le mois.' })
  workshops!: number;
  @Field(() => Int, { description: 'Présences.' }) attended!: number;
  @Field(() => Int) excusedAbsences!: number;
  @Field(() => Int) unexcusedAbsences!: number;
  @Field(() => Float, { description: 'Heures prévues.' }) plannedHours!: number;
  @Field(() => Float, { description: 'Heures suivies.' }) doneHours!: number;
  @Field(() => Float, { nullable: true, description: 'Présences sur (présences + absences) ; null sans saisie.' })
  attendanceRate!: number | null;
  @Field(() => Int, { description: 'Diagnostics Pix du mois.' }) pixDiagnostics!: number;
  @Field(() => Int, { description: 'Certifications numériques obtenues dans le mois.' }) certifications!: number;
}

@ObjectType({ description: 'Une ligne du tableau mensuel du parcours numérique : un jeune dont le contrat court.' })
export class CejDigitalMonthlyRow {
  @Field(() => ID) contractId!: string;
  @Field() lastName!: string;
  @Field() firstName!: string;
  @Field(() => String, { nullable: true }) branchName!: string | null;
  @Field() startOn!: string;
  @Field() endOn!: string;
  @Field(() => String, { nullable: true, description: 'Dernier diagnostic Pix à la fin du mois.' })
  lastPixOn!: string | null;
  @Field(() => Int, { nullable: true }) lastPixTotal!: number | null;
  @Field(() => Int) planItems!: number;
  @Field(() => Int) planItemsAchieved!: number;
  @Field(() => Int) enrolmentsInMonth!: number;
  @Field(() => Int) attendancesInMonth!: number;
  @Field(() => Float) attendedHoursInMonth!: number;
  @Field(() => Int) certificationsInMonth!: number;
}

@ObjectType({ description: 'Le tableau de suivi mensuel du parcours numérique (cahier 004) : synthèse et jeunes.' })
export class CejDigitalMonthlyTable {
  @Field(() => CejDigitalMonthlyReport) summary!: CejDigitalMonthlyReport;
  @Field(() => [CejDigitalMonthlyRow]) rows!: CejDigitalMonthlyRow[];
}
