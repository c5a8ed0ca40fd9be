import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { CejActionKind, CejActionOutcome, MAX_ACTION_HOURS, SelfEvaluation } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../cej.enums';
import { OptionalDay, OptionalEnum, OptionalString, OptionalText, RequiredText } from '../../../core/validation/fields';

const HOURS = { maxDecimalPlaces: 2 };
const HOURS_MESSAGE = `Un nombre d’heures de 0,25 à ${MAX_ACTION_HOURS} est attendu (2 décimales au plus).`;

@InputType()
export class PlannedActionInput {
  @Field({ description: 'Jour de l’action (AAAA-MM-JJ).' }) @IsCalendarDate() date!: string;
  @Field(() => CejActionKind)
  @IsEnum(CejActionKind, { message: 'Choisissez un type d’action dans la liste.' })
  kind!: CejActionKind;
  @RequiredText(200, 'L’intitulé est obligatoire.') title!: string;
  @Field(() => Float)
  @IsNumber(HOURS, { message: HOURS_MESSAGE })
  @Min(0.25, { message: HOURS_MESSAGE })
  @Max(MAX_ACTION_HOURS, { message: HOURS_MESSAGE })
  plannedHours!: number;
  @OptionalString(200) organisation?: string | null;
  @OptionalString(2000, { description: 'Objectif fixé avec le conseiller ou la conseillère.' })
  objective?: string | null;
}

@InputType({ description: 'Plusieurs actions d’un coup (une semaine de planning, une semaine d’emploi…).' })
export class AddCejActionsInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => [PlannedActionInput])
  @IsArray()
  @ArrayNotEmpty({ message: 'Au moins une action est attendue.' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => PlannedActionInput)
  actions!: PlannedActionInput[];
}

@InputType({
  description:
    'Les champs absents restent inchangés. Jour, type et heures prévues ne changent plus une fois la réalisation saisie.',
})
export class UpdateCejActionInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalDay() date?: string;
  @OptionalEnum(CejActionKind) kind?: CejActionKind;
  @OptionalText(200, 'L’intitulé est obligatoire.') title?: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(HOURS, { message: HOURS_MESSAGE })
  @Min(0.25, { message: HOURS_MESSAGE })
  @Max(MAX_ACTION_HOURS, { message: HOURS_MESSAGE })
  plannedHours?: number;
  @OptionalString(200) organisation?: string | null;
  @OptionalString(2000) objective?: string | null;
  @OptionalEnum(SelfEvaluation, { description: 'Auto-évaluation du ou de la jeune (livret d’actions).' })
  selfEvaluation?: SelfEvaluation | null;
  @OptionalString(2000) selfEvaluationNote?: string | null;
}

@InputType()
export class RecordCejActionOutcomeInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => CejActionOutcome)
  @IsEnum(CejActionOutcome, { message: 'Choisissez une réalisation dans la liste.' })
  outcome!: CejActionOutcome;
  @Field(() => Float, { nullable: true, description: 'Pour une action partiellement réalisée : les heures réalisées.' })
  @IsOptional()
  @IsNumber(HOURS, { message: 'Un nombre d’heures est attendu (2 décimales au plus).' })
  doneHours?: number | null;
  @OptionalString(2000, { description: 'Motif d’absence, remarque.' })
  note?: string | null;
  @Field({
    nullable: true,
    description: 'Pour un emploi réalisé : embauche sur un emploi durable, qui met fin au contrat ce jour-là.',
  })
  @IsOptional()
  @IsBoolean()
  lastingJob?: boolean;
}
