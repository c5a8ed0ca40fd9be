import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { CejCohortPeriod, MAX_ACTION_HOURS } from '@passerelle/domain';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import {
  OptionalDay,
  OptionalEnum,
  OptionalId,
  OptionalNested,
  OptionalString,
  OptionalText,
  RequiredText,
} from '../../../core/validation/fields';

const HOURS_MESSAGE = `Un nombre d’heures de 0,25 à ${MAX_ACTION_HOURS} est attendu (2 décimales au plus).`;

@InputType()
export class CreateCejCohortInput {
  @RequiredText(200, 'Le nom de la promo est obligatoire.') name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() branchId?: string | null;
  @Field(() => ID) @IsString() counsellorUserId!: string;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @OptionalString(300) location?: string | null;
}

@InputType({ description: 'Les champs absents restent inchangés.' })
export class UpdateCejCohortInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalText(200, 'Le nom de la promo est obligatoire.') name?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() branchId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() counsellorUserId?: string;
  @OptionalDay() startsOn?: string;
  @OptionalDay() endsOn?: string;
  @OptionalString(300) location?: string | null;
}

@InputType({ description: 'Une journée d’atelier de la promo ; elle s’ajoute au planning de chaque membre.' })
export class AddCejCohortSessionInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field() @IsCalendarDate() date!: string;
  @RequiredText(200, 'L’intitulé est obligatoire.') title!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Le lot qui paie l’atelier (attribué, convention signée) : son prestataire l’anime et reçoit la promo.',
  })
  @IsOptional()
  @IsString()
  lotId?: string | null;
  @OptionalString(200, { description: 'Un intervenant hors marché, en texte libre (ignoré quand un lot est choisi).' })
  provider?: string | null;
  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 }, { message: HOURS_MESSAGE })
  @Min(0.25, { message: HOURS_MESSAGE })
  @Max(MAX_ACTION_HOURS, { message: HOURS_MESSAGE })
  hours!: number;
}

@InputType({ description: 'Des contrats signés qui rejoignent la promo : ses journées s’ajoutent à leur planning.' })
export class AddCejCohortMembersInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty({ message: 'Au moins un contrat est attendu.' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  contractIds!: string[];
}

@InputType()
export class RemoveCejCohortMemberInput {
  @Field(() => ID) @IsString() cohortId!: string;
  @Field(() => ID) @IsString() contractId!: string;
}

@InputType()
export class CejCohortFilter {
  @OptionalDay(undefined, { description: 'Promos en cours ce jour-là.' }) activeOn?: string;
  @OptionalEnum(
    CejCohortPeriod,
    { description: 'À venir, en cours ou terminées, vu d’aujourd’hui.' },
    { message: 'Choisissez une période dans la liste.' },
  )
  period?: CejCohortPeriod;
  @OptionalId('Conseiller·ère inconnu·e.') counsellorUserId?: string;
  @OptionalId('Antenne inconnue.') branchId?: string;
}

@ArgsType()
export class CejCohortListArgs extends PageArgs {
  @OptionalNested(() => CejCohortFilter) filter?: CejCohortFilter;
}
