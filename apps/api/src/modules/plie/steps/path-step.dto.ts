import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ContractType, StepKind, StepOutcome } from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';

@InputType()
export class AddPathStepInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => StepKind) @IsEnum(StepKind, { message: 'Choisissez un type d’étape dans la liste.' }) kind!: StepKind;
  @Field() @IsString() @IsNotEmpty({ message: 'L’intitulé est obligatoire.' }) @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true, description: 'Organisme, employeur ou structure d’accueil.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;
  @Field() @IsCalendarDate({ message: 'Début prévu invalide (format AAAA-MM-JJ attendu).' }) plannedStart!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: 'Fin prévue invalide (format AAAA-MM-JJ attendu).' })
  plannedEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'Pour un emploi : le jour de l’embauche.' })
  @IsOptional()
  @IsCalendarDate({ message: 'Début réel invalide (format AAAA-MM-JJ attendu).' })
  actualStart?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: 'Fin réelle invalide (format AAAA-MM-JJ attendu).' })
  actualEnd?: string | null;
  @Field(() => StepOutcome, { nullable: true, description: 'PLANNED par défaut.' })
  @IsOptional()
  @IsEnum(StepOutcome)
  outcome?: StepOutcome;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) outcomeNote?: string | null;
  @Field({ defaultValue: false, description: 'Formation qualifiante.' }) @IsBoolean() qualifying: boolean = false;
  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  @IsEnum(ContractType, { message: 'Choisissez un type de contrat dans la liste.' })
  contractType?: ContractType | null;
  @Field(() => Int, { nullable: true, description: 'Durée du contrat en mois.' })
  @IsOptional()
  @IsInt({ message: 'Un nombre entier de mois est attendu.' })
  @Min(1, { message: 'Au moins 1 mois.' })
  @Max(120, { message: 'Au plus 120 mois.' })
  contractMonths?: number | null;
  @Field(() => Int, { nullable: true, description: 'Temps de travail en % d’un temps plein (50 = mi-temps).' })
  @IsOptional()
  @IsInt({ message: 'Un pourcentage entier est attendu.' })
  @Min(1, { message: 'Entre 1 et 100 %.' })
  @Max(100, { message: 'Entre 1 et 100 %.' })
  workingTimePercent?: number | null;
}

@InputType({ description: 'Les champs absents restent inchangés.' })
export class UpdatePathStepInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'L’intitulé est obligatoire.' })
  @MaxLength(200)
  title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) organisation?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: 'Début prévu invalide (format AAAA-MM-JJ attendu).' })
  plannedStart?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: 'Fin prévue invalide (format AAAA-MM-JJ attendu).' })
  plannedEnd?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: 'Début réel invalide (format AAAA-MM-JJ attendu).' })
  actualStart?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: 'Fin réelle invalide (format AAAA-MM-JJ attendu).' })
  actualEnd?: string | null;
  @Field(() => StepOutcome, { nullable: true }) @IsOptional() @IsEnum(StepOutcome) outcome?: StepOutcome;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) outcomeNote?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() qualifying?: boolean;
  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  @IsEnum(ContractType, { message: 'Choisissez un type de contrat dans la liste.' })
  contractType?: ContractType | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Un nombre entier de mois est attendu.' })
  @Min(1, { message: 'Au moins 1 mois.' })
  @Max(120, { message: 'Au plus 120 mois.' })
  contractMonths?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Un pourcentage entier est attendu.' })
  @Min(1, { message: 'Entre 1 et 100 %.' })
  @Max(100, { message: 'Entre 1 et 100 %.' })
  workingTimePercent?: number | null;
}
