import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  AttendanceStatus,
  ContactMode,
  ExitProposalStatus,
  HourKind,
  InterviewKind,
  ProspectedStructureKind,
  ProspectionOutcome,
  SessionKind,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination';
import '../markets/markets.enums';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import '../plie/plie.enums';
import {
  OptionalDay,
  OptionalEnum,
  OptionalId,
  OptionalNested,
  OptionalString,
  RequiredText,
} from '../../core/validation/fields';

const minutes = (max: number) => [
  IsInt({ message: 'Un nombre entier de minutes est attendu.' }),
  Min(1, { message: `Entre 1 et ${max} minutes.` }),
  Max(max, { message: `Entre 1 et ${max} minutes.` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class CreateSessionInput {
  @Field(() => ID) @IsString() lotId!: string;
  @Field(() => SessionKind) @IsEnum(SessionKind) kind!: SessionKind;
  @RequiredText(300, 'L’intitulé est obligatoire.') title!: string;
  @Field() @IsCalendarDate() date!: string;
  @Field({ description: 'HH:MM' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure invalide (HH:MM).' })
  startTime!: string;
  @Field(() => Int) @apply(minutes(720)) durationMinutes!: number;
  @RequiredText(300, 'Le lieu est obligatoire.') place!: string;
  @RequiredText(200, 'L’animateur·rice est obligatoire.') facilitator!: string;
  @Field(() => Int, { nullable: true, description: 'Par défaut, le minimum du lot.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  minParticipants?: number | null;
  @Field(() => Int, { nullable: true, description: 'Par défaut, le maximum du lot.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Au moins une place.' })
  @Max(500)
  maxParticipants?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) cycleNumber?: number | null;
}

@InputType()
export class SessionFilter {
  @OptionalId('Lot inconnu.') lotId?: string;
  @OptionalDay() from?: string;
  @OptionalDay() to?: string;
  @OptionalEnum(SessionKind) kind?: SessionKind;
}

@ArgsType()
export class SessionListArgs extends PageArgs {
  @OptionalNested(() => SessionFilter) filter?: SessionFilter;
}

@InputType()
export class EnrolInput {
  @Field(() => ID) @IsString() sessionId!: string;
  @Field(() => ID, { description: 'L’orientation du participant vers le lot de la séance.' })
  @IsString()
  orientationId!: string;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsString() enrolmentId!: string;
  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus, { message: 'Présent, absence justifiée ou absence injustifiée.' })
  status!: AttendanceStatus;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsString() sessionId!: string;
  @Field(() => [AttendanceEntryInput])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@InputType()
export class RecordReminderInput {
  @Field(() => ID) @IsString() orientationId!: string;
  @Field() @IsCalendarDate() date!: string;
  @Field(() => ContactMode) @IsEnum(ContactMode) mode!: ContactMode;
  @Field({ defaultValue: false }) @IsBoolean() answered: boolean = false;
}

@InputType()
export class DecideExitProposalInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({
    description: 'Vrai : la sortie est validée (motif « perte de contact ») ; faux : la proposition est écartée.',
  })
  @IsBoolean()
  accept!: boolean;
  @OptionalDay(undefined, { description: 'Jour de sortie ; aujourd’hui par défaut.' }) exitOn?: string | null;
  @OptionalString(2000) note?: string | null;
}

@InputType()
export class ExitProposalFilter {
  @OptionalEnum(ExitProposalStatus) status?: ExitProposalStatus;
  @OptionalId('Orientation inconnue.') orientationId?: string;
}

@ArgsType()
export class ExitProposalListArgs extends PageArgs {
  @OptionalNested(() => ExitProposalFilter) filter?: ExitProposalFilter;
}

@InputType()
export class RecordInterviewInput {
  @Field(() => ID) @IsString() orientationId!: string;
  @Field() @IsCalendarDate() date!: string;
  @Field(() => Int) @apply(minutes(480)) durationMinutes!: number;
  @Field(() => InterviewKind) @IsEnum(InterviewKind) kind!: InterviewKind;
  @OptionalString(10000) summary?: string | null;
  @OptionalId('Justificatif inconnu.') proofId?: string | null;
}

@InputType()
export class RecordTimeEntryInput {
  @Field(() => ID) @IsString() lotId!: string;
  @Field() @IsCalendarDate() date!: string;
  @Field(() => HourKind) @IsEnum(HourKind) kind!: HourKind;
  @Field(() => Int) @apply(minutes(720)) minutes!: number;
  @RequiredText(2000, 'Décrivez le travail réalisé.') description!: string;
  @Field(() => [ID], {
    nullable: true,
    description: 'Les orientations (participants du lot) auxquelles ce temps se rattache.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'Orientation inconnue.' })
  orientationIds?: string[];
  @OptionalId('Justificatif inconnu.') proofId?: string | null;
}

@InputType()
export class TimeEntryFilter {
  @OptionalId('Lot inconnu.') lotId?: string;
  @OptionalDay() from?: string;
  @OptionalDay() to?: string;
  @OptionalEnum(HourKind) kind?: HourKind;
}

@ArgsType()
export class TimeEntryListArgs extends PageArgs {
  @OptionalNested(() => TimeEntryFilter) filter?: TimeEntryFilter;
}

@InputType({ description: 'Une structure prospectée pour accueillir les participants du lot.' })
export class RecordProspectionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Lot inconnu.' }) lotId!: string;
  @Field({ description: 'Nom de la structure prospectée.' })
  @IsString()
  @Matches(/\S/, { message: 'Indiquez le nom de la structure prospectée.' })
  @MaxLength(200, { message: '200 caractères au plus.' })
  organisationName!: string;
  @Field(() => ProspectedStructureKind)
  @IsEnum(ProspectedStructureKind, { message: 'Type de structure inconnu.' })
  organisationKind!: ProspectedStructureKind;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: '120 caractères au plus.' })
  communeName?: string | null;
  @Field({ description: 'Jour du contact (pas dans le futur).' }) @IsCalendarDate() date!: string;
  @Field(() => ProspectionOutcome)
  @IsEnum(ProspectionOutcome, { message: 'Issue inconnue.' })
  outcome!: ProspectionOutcome;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '2 000 caractères au plus.' })
  comment?: string | null;
}

@InputType()
export class ProspectionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Lot inconnu.' }) lotId?: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() from?: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() to?: string;
}

@ArgsType()
export class ProspectionListArgs extends PageArgs {
  @Field(() => ProspectionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProspectionFilter)
  filter?: ProspectionFilter;
}
