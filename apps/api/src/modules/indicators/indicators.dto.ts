import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ActionExitReason, HourKind, IndicatorMeasure, PaymentRule } from '@passerelle/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Min,
} from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import { PaymentIndicator, PaymentParamsType } from './payment-indicator.entity';
import { OptionalDay, OptionalEnum, OptionalId, OptionalNested, RequiredText } from '../../core/validation/fields';

@InputType({ isAbstract: true })
export class PaymentIndicatorFields {
  @RequiredText(300, 'Le libellé est obligatoire.') label!: string;
  @Field(() => IndicatorMeasure)
  @IsEnum(IndicatorMeasure, { message: 'Choisissez ce que mesure l’indicateur.' })
  measure!: IndicatorMeasure;
  @OptionalEnum(HourKind, {}, { message: 'Nature de temps inconnue.' }) hourKind?: HourKind | null;
  @OptionalEnum(
    ActionExitReason,
    { description: 'Pour EXITS : le motif compté (null : toutes les sorties).' },
    { message: 'Motif de sortie inconnu.' },
  )
  exitReason?: ActionExitReason | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^\d[0-9AB]\d{3}$/, { each: true, message: 'Code commune INSEE invalide (5 caractères).' })
  communeCodes?: string[] | null;
  @Field(() => Float)
  @IsNumber({}, { message: 'Une cible numérique est attendue.' })
  @Min(0.01, { message: 'La cible doit être positive.' })
  target!: number;
  @Field() @IsCalendarDate() periodStart!: string;
  @Field() @IsCalendarDate() periodEnd!: string;
  @Field(() => PaymentRule) @IsEnum(PaymentRule, { message: 'Choisissez une règle de paiement.' }) rule!: PaymentRule;
  @OptionalNested(() => PaymentParamsType) params?: PaymentParamsType | null;
}

@InputType()
export class CreatePaymentIndicatorInput extends PaymentIndicatorFields {
  @Field(() => ID) @IsString() lotId!: string;
}

@InputType({ description: 'Toute la définition de l’indicateur, telle qu’elle doit devenir.' })
export class UpdatePaymentIndicatorInput extends PaymentIndicatorFields {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType()
export class DeletePaymentIndicatorInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@ObjectType({ description: 'La valeur d’un indicateur à une date (activité prouvée jusqu’à ce jour).' })
export class IndicatorHistoryPoint {
  @Field() date!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) achievementRate!: number;
  @Field(() => Int) provenUnits!: number;
}

@ArgsType()
export class IndicatorHistoryArgs {
  @Field(() => ID) @IsString() indicatorId!: string;
  @Field(() => [String], {
    nullable: true,
    description:
      'Les dates (AAAA-MM-JJ, 60 au plus) ; par défaut chaque fin de mois de la période jusqu’à aujourd’hui, et aujourd’hui.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60, { message: '60 dates au plus.' })
  @IsCalendarDate({ each: true })
  dates?: string[] | null;
}

@ArgsType()
export class IndicatorUnitsArgs extends PageArgs {
  @Field(() => ID) @IsString() indicatorId!: string;
  @OptionalDay(undefined, { description: 'Jour de calcul (AAAA-MM-JJ) ; par défaut aujourd’hui.' }) asOf?: string;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Vrai : la liste à part de ce qui manque de preuve (non compté) ; faux : les unités comptées.',
  })
  @IsOptional()
  @IsBoolean()
  unproven = false;
}

@ArgsType()
export class OperatorIndicatorOverviewArgs extends PageArgs {
  @OptionalDay(undefined, { description: 'Jour de calcul (AAAA-MM-JJ) ; par défaut aujourd’hui.' }) asOf?: string;
  @OptionalId('Marché inconnu.', { description: 'Seulement les lots de ce marché.' }) marketId?: string;
  @OptionalId('Prestataire inconnu.', { description: 'Seulement les lots attribués à ce prestataire.' })
  providerStructureId?: string;
}

@ObjectType({ description: 'La situation d’un indicateur de paiement à une date.' })
export class IndicatorStatus {
  @Field(() => PaymentIndicator) indicator!: PaymentIndicator;
  @Field() asOf!: string;
  @Field(() => Float, { description: 'Valeur réalisée (heures pour HOURS, nombre sinon).' }) value!: number;
  @Field(() => Float) target!: number;
  @Field(() => Float, { description: 'Taux de réalisation (valeur / cible).' }) achievementRate!: number;
  @Field({ description: 'Montant payable, en euros (décimal exact, ex. "12600.00").' }) amountPayable!: string;
  @Field(() => Float, { description: 'Valeur projetée à la fin de la période au rythme actuel.' })
  projectedValue!: number;
  @Field(() => Int, { description: 'Unités comptées (prouvées).' }) provenUnits!: number;
  @Field(() => Int, { description: 'Unités non comptées faute de preuve (listées à part).' }) unprovenUnits!: number;
}

@ObjectType({
  description: 'Un lot de la structure porteuse, son prestataire et la situation de ses indicateurs de paiement.',
})
export class LotIndicatorOverview {
  @Field(() => ID) lotId!: string;
  @Field(() => Int) lotNumber!: number;
  @Field() lotTitle!: string;
  @Field(() => ID) marketId!: string;
  @Field() marketReference!: string;
  @Field() marketTitle!: string;
  @Field(() => ID, { nullable: true, description: 'Prestataire attributaire (convention signée ou non).' })
  providerStructureId!: string | null;
  @Field(() => String, { nullable: true }) providerName!: string | null;
  @Field(() => String, { nullable: true, description: 'Prix annuel maximum du lot, en euros TTC.' })
  maxAnnualPriceTtc!: string | null;
  @Field({ description: 'Somme des montants payables des indicateurs du lot, en euros.' }) amountPayable!: string;
  @Field(() => [IndicatorStatus]) indicators!: IndicatorStatus[];
}

@ObjectType({ description: 'Une unité comptée par un indicateur, avec sa preuve.' })
export class IndicatorUnit {
  @Field({ description: 'Ce qui est compté : participant (file active), séance, entretien, temps, bilan.' })
  unitId!: string;
  @Field({ description: 'Nature de la preuve : ATTENDANCE, INTERVIEW, TIME_ENTRY, ASSESSMENT.' }) proofKind!: string;
  @Field() date!: string;
  @Field(() => Float, { description: 'Quantité comptée (heures pour HOURS, 1 sinon).' }) quantity!: number;
  @Field(() => ID, { nullable: true }) participantId!: string | null;
  @Field(() => ID, { nullable: true }) sessionId!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 de la feuille d’émargement signée.' }) sheetSha256!:
    string | null;
  @Field(() => ID, { nullable: true }) interviewId!: string | null;
  @Field(() => ID, { nullable: true }) timeEntryId!: string | null;
  @Field(() => ID, { nullable: true }) assessmentId!: string | null;
  @Field(() => ID, { nullable: true }) liaisonSheetId!: string | null;
  @Field(() => ID, { nullable: true }) orientationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Le justificatif déposé.' }) proofId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Pourquoi l’unité ne compte pas (null : prouvée) : SHEET_NOT_SIGNED, NO_PROOF, NOT_TIED_TO_PARTICIPANTS, LATE, NOT_SENT, NO_EXIT_SHEET, NOT_SEEN_YET.',
  })
  gap!: string | null;
}
