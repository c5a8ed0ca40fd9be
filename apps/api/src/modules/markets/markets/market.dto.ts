import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { MarketKind, WALL_TIME } from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../markets.enums';
import {
  OptionalDay,
  OptionalEnum,
  OptionalNested,
  OptionalNestedList,
  RequiredText,
} from '../../../core/validation/fields';

@InputType({ description: 'Un critère de la grille : libellé et pondération en %.' })
export class ScoringCriterionInput {
  @RequiredText(200, 'Le libellé du critère est obligatoire.') label!: string;
  @Field(() => Int)
  @IsInt({ message: 'Une pondération entière (en %) est attendue.' })
  @Min(1, { message: 'Entre 1 et 100 %.' })
  @Max(100, { message: 'Entre 1 et 100 %.' })
  weight!: number;
}

@InputType()
export class CreateMarketInput {
  @Field(() => MarketKind) @IsEnum(MarketKind) kind!: MarketKind;
  @RequiredText(100, 'La référence est obligatoire.') reference!: string;
  @RequiredText(300, 'L’intitulé est obligatoire.') title!: string;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @Field({ description: 'Conservation des justificatifs jusqu’à la clôture du programme (ex. 2033-12-31).' })
  @IsCalendarDate()
  proofsKeptUntil!: string;
  @OptionalDay(undefined, {
    description: 'Jour limite de dépôt des candidatures (AAAA-MM-JJ, heure de Paris), avec `bidsDueTime`.',
  })
  bidsDueOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Heure limite de dépôt (HH:MM, heure de Paris), ex. "16:00".' })
  @IsOptional()
  @Matches(WALL_TIME, { message: 'Heure invalide : HH:MM (ex. 16:00).' })
  bidsDueTime?: string | null;
  @OptionalNestedList(() => ScoringCriterionInput, 20, {
    description:
      'La grille de notation ; par défaut celle du cahier 004 (conformité 30, qualité 20, coût 20, méthode 15, calendrier 15).',
  })
  criteria?: ScoringCriterionInput[];
}

@InputType({
  description:
    'Les champs absents restent inchangés ; `criteria` remplace toute la grille, tant qu’aucune candidature n’est notée ; `clearBidsDue` retire la date limite.',
})
export class UpdateMarketInput extends PartialType(OmitType(CreateMarketInput, ['criteria'] as const)) {
  @Field({ nullable: true, description: 'Vrai : plus de date limite de dépôt.' })
  @IsOptional()
  @IsBoolean()
  clearBidsDue?: boolean;
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int, { description: 'La version lue (verrouillage optimiste).' }) @IsInt() @Min(1) version!: number;
  @OptionalNestedList(() => ScoringCriterionInput, 20) criteria?: ScoringCriterionInput[];
}

@InputType()
export class MarketFilter {
  @OptionalDay(undefined, { description: 'Marchés en cours ce jour-là (AAAA-MM-JJ).' }) activeOn?: string;
  @OptionalEnum(MarketKind) kind?: MarketKind;
}

@ArgsType()
export class MarketListArgs extends PageArgs {
  @OptionalNested(() => MarketFilter) filter?: MarketFilter;
}
