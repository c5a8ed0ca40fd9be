import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ExitReason, FseExitResult, PathStatus } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';

@InputType()
export class ProposePliePathInput {
  @Field(() => ID) @IsString() participantId!: string;
  @Field({ description: 'Le prescripteur qui oriente (France Travail, CCAS, Département, Mission Locale…).' })
  @IsString()
  @IsNotEmpty({ message: 'Le prescripteur est obligatoire.' })
  @MaxLength(200)
  prescriber!: string;
  @Field({ description: 'Jour de l’orientation (AAAA-MM-JJ).' }) @IsCalendarDate() orientedOn!: string;
}

@InputType()
export class ChangePathStatusInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => PathStatus) @IsEnum(PathStatus) to!: PathStatus;
  @Field({ description: 'Jour où le changement prend effet.' }) @IsCalendarDate() on!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string | null;
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
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) comment?: string | null;
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
  @Field({ nullable: true, description: 'Jour du recueil ; aujourd’hui par défaut.' })
  @IsOptional()
  @IsCalendarDate()
  recordedOn?: string;
}

@InputType()
export class ReopenPliePathInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Le motif de la réouverture est obligatoire.' })
  @MaxLength(2000)
  reason!: string;
  @Field({ nullable: true, description: 'Jour de la réouverture ; aujourd’hui par défaut.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@InputType()
export class PliePathFilter {
  @Field(() => PathStatus, { nullable: true }) @IsOptional() @IsEnum(PathStatus) status?: PathStatus;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  participantId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Référent·e inconnu·e.' })
  referentUserId?: string;
}

@ArgsType()
export class PliePathListArgs extends PageArgs {
  @Field(() => PliePathFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PliePathFilter)
  filter?: PliePathFilter;
}
