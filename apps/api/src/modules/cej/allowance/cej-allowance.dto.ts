import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CejParameterKey, CejSanction, HouseholdTaxBracket } from '@passerelle/domain';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../cej.enums';
import { OptionalDay, OptionalEnum, RequiredText } from '../../../core/validation/fields';

const AMOUNT = /^\d{1,7}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE = 'Montant invalide : un nombre positif avec au plus 2 décimales est attendu (ex. 600 ou 612.50).';

@InputType({
  description: 'La déclaration de ressources d’un mois ; la redéclarer (avec la `version` lue) la remplace.',
})
export class DeclareCejIncomeInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field({ description: 'Un jour du mois déclaré (AAAA-MM-JJ) ; le mois entier est visé.' })
  @IsCalendarDate()
  month!: string;
  @Field({ description: 'Revenus d’activité du mois, en euros, texte décimal (« 612.50 »).' })
  @IsString()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  activityIncome!: string;
  @Field({
    nullable: true,
    description: 'Allocations chômage, rémunération de formation… déduites en totalité (0 par défaut).',
  })
  @IsOptional()
  @IsString()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  fullDeductionIncome?: string;
  @OptionalEnum(HouseholdTaxBracket, { description: 'Par défaut, celle du contrat.' }) taxBracket?: HouseholdTaxBracket;
  @Field(() => Int, { nullable: true, description: 'Obligatoire pour remplacer une déclaration existante.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType()
export class RecordCejBreachInput {
  @Field(() => ID) @IsString() contractId!: string;
  @OptionalDay(undefined, { description: 'Jour du manquement ; par défaut celui de l’action manquée.' })
  occurredOn?: string;
  @Field(() => ID, { nullable: true, description: 'L’action du planning manquée sans justification.' })
  @IsOptional()
  @IsString()
  actionId?: string;
  @RequiredText(2000, 'Décrivez le manquement.', {
    description: 'Ce qui s’est passé, et la réponse du ou de la jeune.',
  })
  note!: string;
}

@InputType({
  description:
    'La fin du contrat décidée par le représentant légal de la structure après un troisième manquement, le ou la jeune ayant pu s’expliquer.',
})
export class DecideCejTerminationInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Jour où le ou la jeune a pu présenter ses observations.' }) @IsCalendarDate() heardOn!: string;
  @Field({ description: 'Jour de la décision ; la fin prend effet le 1er du mois suivant.' })
  @IsCalendarDate()
  decidedOn!: string;
  @RequiredText(4000, 'La décision doit être motivée.', { description: 'La décision motivée.' }) decision!: string;
}

@InputType({
  description:
    'Une nouvelle valeur datée d’un paramètre (administration de la plateforme) ; les valeurs passées ne changent pas.',
})
export class RecordCejParameterInput {
  @Field(() => CejParameterKey) @IsEnum(CejParameterKey) key!: CejParameterKey;
  @Field({ description: 'Premier jour d’application.' }) @IsCalendarDate() validFrom!: string;
  @Field({ description: 'Valeur décimale en texte (« 561.68 », « 0.8 »).' })
  @IsString()
  @Matches(/^\d{1,8}(\.\d{1,4})?$/, { message: 'Un nombre positif avec au plus 4 décimales est attendu.' })
  value!: string;
  @RequiredText(500, 'Indiquez le texte de référence.', { description: 'Texte de référence (décret, arrêté).' })
  source!: string;
}

@ObjectType({ description: 'Un terme du calcul de l’allocation, avec son libellé.' })
export class CejAllowanceTerm {
  @Field({ description: 'Code stable du terme (M, R_act, coefficient, amount…).' }) code!: string;
  @Field() label!: string;
  @Field({ description: 'Valeur décimale en texte.' }) value!: string;
}

@ObjectType({
  description: 'L’allocation d’un mois, chaque terme du calcul détaillé. Montants en euros, en texte décimal exact.',
})
export class CejAllowanceMonth {
  @Field({ description: 'Premier jour du mois.' }) month!: string;
  @Field({ description: 'Faux tant que les ressources du mois ne sont pas déclarées (calcul fait avec 0).' })
  declared!: boolean;
  @Field(() => Int) ageOnFirstDay!: number;
  @Field() minor!: boolean;
  @Field(() => HouseholdTaxBracket) taxBracket!: HouseholdTaxBracket;
  @Field(() => CejParameterKey, { nullable: true }) amountKey!: CejParameterKey | null;
  @Field({ description: 'M : montant mensuel de la situation.' }) monthlyAmount!: string;
  @Field(() => String, { nullable: true }) monthlyAmountValidFrom!: string | null;
  @Field() activityIncome!: string;
  @Field() fullDeductionIncome!: string;
  @Field() activityIncomeThreshold!: string;
  @Field() smicGrossMonthly!: string;
  @Field() smicValidFrom!: string;
  @Field() smicFactor!: string;
  @Field({ description: 'max(0, M − R_full).' }) afterFullDeduction!: string;
  @Field({ description: 'max(0, R_act − 300).' }) excessActivityIncome!: string;
  @Field({ description: '0,8 × SMIC − 300.' }) degressiveDenominator!: string;
  @Field({ description: 'M / (0,8 × SMIC − 300), arrondi.' }) degressiveCoefficient!: string;
  @Field() degressiveReduction!: string;
  @Field({ description: 'Allocation d’un mois complet.' }) fullMonthAmount!: string;
  @Field(() => Int) daysInMonth!: number;
  @Field(() => Int, { description: 'Jours du mois couverts par le contrat, hors suspension.' }) coveredDays!: number;
  @Field() proratedAmount!: string;
  @Field(() => Int, { nullable: true, description: 'Rang du manquement du mois (le plus élevé).' }) breachRank!:
    number | null;
  @Field(() => CejSanction) sanction!: CejSanction;
  @Field() sanctionAmount!: string;
  @Field({ description: 'Allocation due pour le mois.' }) amount!: string;
  @Field(() => [CejAllowanceTerm]) terms!: CejAllowanceTerm[];
}
