import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ExitReason, FseExitResult, PathStatus } from '@passerelle/domain';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsEnum, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';
import {
  OptionalDay,
  OptionalEnum,
  OptionalId,
  OptionalNested,
  OptionalString,
  RequiredText,
} from '../../../core/validation/fields';

@InputType()
export class ProposePliePathInput {
  @Field(() => ID) @IsString() participantId!: string;
  @RequiredText(200, 'Le prescripteur est obligatoire.', {
    description: 'Le prescripteur qui oriente (France Travail, CCAS, Département, Mission Locale…).',
  })
  prescriber!: string;
  @Field({ description: 'Jour de l’orientation (AAAA-MM-JJ).' }) @IsCalendarDate() orientedOn!: string;
}

@InputType()
export class ChangePathStatusInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => PathStatus) @IsEnum(PathStatus) to!: PathStatus;
  @Field({ description: 'Jour où le changement prend effet.' }) @IsCalendarDate() on!: string;
  @OptionalString(2000) reason?: string | null;
}

@InputType()
export class ExitPliePathInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Jour de la sortie.' })
  @IsCalendarDate({ message: 'Date de sortie invalide (format AAAA-MM-JJ attendu).' })
  date!: string;
  @Field(() => ExitReason)
  @IsEnum(ExitReason, { message: 'Choisissez un motif de sortie dans la liste.' })
  reason!: ExitReason;
  @OptionalString(2000) comment?: string | null;
  @Field(() => [FseExitResult], {
    nullable: true,
    description: 'FSE+ : résultat immédiat, s’il est déjà connu (sinon `recordFseExit` plus tard).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(FseExitResult, { each: true })
  fseResults?: FseExitResult[] | null;
}

@InputType()
export class RecordFseExitInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => [FseExitResult])
  @IsArray()
  @ArrayNotEmpty({ message: 'Indiquez au moins un résultat.' })
  @ArrayMaxSize(5)
  @IsEnum(FseExitResult, { each: true })
  results!: FseExitResult[];
  @OptionalDay(undefined, { description: 'Jour du recueil ; aujourd’hui par défaut.' }) recordedOn?: string;
}

@InputType()
export class ReopenPliePathInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @RequiredText(2000, 'Le motif de la réouverture est obligatoire.') reason!: string;
  @OptionalDay(undefined, { description: 'Jour de la réouverture ; aujourd’hui par défaut.' }) on?: string;
}

@InputType()
export class PliePathFilter {
  @OptionalEnum(PathStatus) status?: PathStatus;
  @OptionalId('Identifiant invalide.') participantId?: string;
  @OptionalId('Référent·e inconnu·e.') referentUserId?: string;
}

@ArgsType()
export class PliePathListArgs extends PageArgs {
  @OptionalNested(() => PliePathFilter) filter?: PliePathFilter;
}
