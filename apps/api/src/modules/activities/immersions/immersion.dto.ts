import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ImmersionRating } from '@passerelle/domain';
import { IsEnum, IsInt, IsString, IsUUID, Min } from 'class-validator';
import '../../markets/markets.enums';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { IsDecimal } from '../../../core/validation/money.validator';
import { OptionalId, OptionalString, RequiredText } from '../../../core/validation/fields';

@InputType()
export class PlanImmersionInput {
  @Field(() => ID) @IsString() orientationId!: string;
  @RequiredText(300, 'La structure d’accueil est obligatoire.') hostName!: string;
  @OptionalString(300) hostAddress?: string | null;
  @RequiredText(200, 'Le tuteur ou la tutrice est obligatoire.') tutorName!: string;
  @OptionalString(200) tutorContact?: string | null;
  @RequiredText(2000, 'L’objectif est obligatoire.') objective!: string;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @Field({ description: 'Heures prévues (ex. "30" ou "24.5").' }) @IsDecimal() hours!: string;
  @OptionalString(2000, {
    description:
      'Obligatoire au-delà de 30 heures ou de deux semaines, ou quand la personne dépasserait 30 heures sur deux semaines, toutes ses immersions confondues.',
  })
  justification?: string | null;
}

@InputType()
export class RecordImmersionStartMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: 'Immersion inconnue.' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Jour de l’entretien tripartite de démarrage.' }) @IsCalendarDate() on!: string;
}

@InputType({
  description: 'La fiche de fin d’immersion, complétée en présence du tuteur et du participant qui la cosignent.',
})
export class RecordImmersionExitSheetInput {
  @Field(() => ID) @IsUUID('all', { message: 'Immersion inconnue.' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ImmersionRating) @IsEnum(ImmersionRating) punctuality!: ImmersionRating;
  @Field(() => ImmersionRating) @IsEnum(ImmersionRating) attendance!: ImmersionRating;
  @Field(() => ImmersionRating) @IsEnum(ImmersionRating) understanding!: ImmersionRating;
  @Field(() => ImmersionRating) @IsEnum(ImmersionRating) relations!: ImmersionRating;
  @RequiredText(5000, 'Décrivez les compétences mises en œuvre.') skills!: string;
  @RequiredText(5000, 'Les préconisations sont obligatoires.') recommendations!: string;
  @Field({ description: 'Jour de signature du tuteur.' }) @IsCalendarDate() tutorSignedOn!: string;
  @Field({ description: 'Jour de signature du participant.' }) @IsCalendarDate() participantSignedOn!: string;
  @OptionalId('Justificatif inconnu.', { description: 'La fiche cosignée numérisée (justificatif).' }) proofId?:
    string | null;
}
