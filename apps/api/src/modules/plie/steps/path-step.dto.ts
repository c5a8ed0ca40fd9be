import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ContractType, StepKind, StepOutcome } from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';
import { OptionalDay, OptionalEnum, OptionalString, OptionalText, RequiredText } from '../../../core/validation/fields';

@InputType()
export class AddPathStepInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => StepKind) @IsEnum(StepKind, { message: 'Choisissez un type d’étape dans la liste.' }) kind!: StepKind;
  @RequiredText(200, 'L’intitulé est obligatoire.') title!: string;
  @OptionalString(200, { description: 'Organisme, employeur ou structure d’accueil.' })
  organisation?: string | null;
  @Field() @IsCalendarDate({ message: 'Début prévu invalide (format AAAA-MM-JJ attendu).' }) plannedStart!: string;
  @OptionalDay('Fin prévue invalide (format AAAA-MM-JJ attendu).') plannedEnd?: string | null;
  @OptionalDay('Début réel invalide (format AAAA-MM-JJ attendu).', {
    description: 'Pour un emploi : le jour de l’embauche.',
  })
  actualStart?: string | null;
  @OptionalDay('Fin réelle invalide (format AAAA-MM-JJ attendu).') actualEnd?: string | null;
  @OptionalEnum(StepOutcome, { description: 'PLANNED par défaut.' }) outcome?: StepOutcome;
  @OptionalString(2000) outcomeNote?: string | null;
  @Field({ defaultValue: false, description: 'Formation qualifiante.' }) @IsBoolean() qualifying: boolean = false;
  @OptionalEnum(ContractType, {}, { message: 'Choisissez un type de contrat dans la liste.' })
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
  @OptionalText(200, 'L’intitulé est obligatoire.') title?: string;
  @OptionalString(200) organisation?: string | null;
  @OptionalDay('Début prévu invalide (format AAAA-MM-JJ attendu).') plannedStart?: string;
  @OptionalDay('Fin prévue invalide (format AAAA-MM-JJ attendu).') plannedEnd?: string | null;
  @OptionalDay('Début réel invalide (format AAAA-MM-JJ attendu).') actualStart?: string | null;
  @OptionalDay('Fin réelle invalide (format AAAA-MM-JJ attendu).') actualEnd?: string | null;
  @OptionalEnum(StepOutcome) outcome?: StepOutcome;
  @OptionalString(2000) outcomeNote?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() qualifying?: boolean;
  @OptionalEnum(ContractType, {}, { message: 'Choisissez un type de contrat dans la liste.' })
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
