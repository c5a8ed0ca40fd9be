import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CEJ_DEFAULT_INITIAL_MONTHS,
  CejContractStatus,
  CejExitReason,
  CejSuspensionReason,
  HouseholdTaxBracket,
} from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../cej.enums';
import { OptionalDay, OptionalEnum, OptionalId, OptionalNested, OptionalString } from '../../../core/validation/fields';

const DURATION_MESSAGE = 'Un nombre entier de mois est attendu.';

@InputType()
export class CreateCejContractInput {
  @Field(() => ID) @IsString() participantId!: string;
  @Field(() => ID, { description: 'Conseiller·ère ou coordinateur·rice de la structure.' })
  @IsString()
  counsellorUserId!: string;
  @Field(() => ID, { nullable: true, description: 'L’antenne ; par défaut celle du participant.' })
  @IsOptional()
  @IsString()
  branchId?: string | null;
  @Field({ description: 'Premier jour du contrat (AAAA-MM-JJ).' })
  @IsCalendarDate({ message: 'Date de début invalide (format AAAA-MM-JJ attendu).' })
  startOn!: string;
  @Field(() => Int, {
    defaultValue: CEJ_DEFAULT_INITIAL_MONTHS,
    description: 'Durée initiale en mois : 4 à 12, 6 par défaut.',
  })
  @IsInt({ message: DURATION_MESSAGE })
  initialMonths: number = CEJ_DEFAULT_INITIAL_MONTHS;
  @Field(() => HouseholdTaxBracket)
  @IsEnum(HouseholdTaxBracket, { message: 'Choisissez la situation fiscale du foyer dans la liste.' })
  householdTaxBracket!: HouseholdTaxBracket;
}

@InputType({ description: 'Les champs absents restent inchangés. Début et durée ne changent plus après la signature.' })
export class UpdateCejContractInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() counsellorUserId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() branchId?: string | null;
  @OptionalDay('Date de début invalide (format AAAA-MM-JJ attendu).') startOn?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: DURATION_MESSAGE }) initialMonths?: number;
  @OptionalEnum(HouseholdTaxBracket) householdTaxBracket?: HouseholdTaxBracket;
}

@InputType({ description: 'La signature : l’éligibilité est vérifiée ce jour-là.' })
export class SignCejContractInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Jour de la signature (au plus tard le premier jour du contrat).' })
  @IsCalendarDate()
  signedOn!: string;
  @Field({ description: 'Étudiant·e ou en formation à la signature.' }) @IsBoolean() inEducation!: boolean;
  @Field({ description: 'Inscrit·e comme demandeur·se d’emploi (obligatoire depuis le 1er janvier 2025).' })
  @IsBoolean()
  registeredJobseeker!: boolean;
}

@InputType()
export class SuspendCejContractInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => CejSuspensionReason)
  @IsEnum(CejSuspensionReason, { message: 'Choisissez un motif de suspension dans la liste.' })
  reason!: CejSuspensionReason;
  @OptionalString(2000) note?: string | null;
  @Field({ description: 'Premier jour suspendu.' }) @IsCalendarDate() fromOn!: string;
  @OptionalDay(undefined, { description: 'Reprise prévue.' }) expectedUntil?: string | null;
}

@InputType()
export class ResumeCejContractInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Jour de la reprise.' }) @IsCalendarDate() resumedOn!: string;
}

@InputType({ description: 'Le renouvellement décidé après la commission de suivi (coordination).' })
export class RenewCejContractInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Jour de la commission de suivi.' }) @IsCalendarDate() commissionOn!: string;
  @Field({ description: 'L’avis motivé de la commission.' }) @IsString() @MaxLength(4000) opinion!: string;
  @Field({ description: 'Nouveau dernier jour du contrat.' }) @IsCalendarDate() newEndOn!: string;
  @OptionalString(4000, { description: 'Obligatoire au-delà de 12 mois au total (18 au plus).' })
  exceptionalJustification?: string | null;
}

@InputType()
export class EndCejContractInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Dernier jour du contrat.' }) @IsCalendarDate() endedOn!: string;
  @Field(() => CejExitReason)
  @IsEnum(CejExitReason, { message: 'Choisissez un motif de fin dans la liste.' })
  reason!: CejExitReason;
  @OptionalString(2000) comment?: string | null;
}

@InputType()
export class CejContractFilter {
  @OptionalEnum(CejContractStatus) status?: CejContractStatus;
  @OptionalId('Conseiller·ère inconnu·e.') counsellorUserId?: string;
  @OptionalId('Antenne inconnue.') branchId?: string;
  @OptionalId('Promo inconnue.') cohortId?: string;
  @OptionalId('Identifiant invalide.') participantId?: string;
  @OptionalDay(undefined, { description: 'Contrats qui courent ce jour-là (début ≤ jour ≤ fin).' }) runningOn?: string;
}

@ArgsType()
export class CejContractListArgs extends PageArgs {
  @OptionalNested(() => CejContractFilter) filter?: CejContractFilter;
}
