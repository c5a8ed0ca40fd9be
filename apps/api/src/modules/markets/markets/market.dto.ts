import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { MarketKind } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../markets.enums';

@InputType({ description: 'Un critère de la grille : libellé et pondération en %.' })
export class ScoringCriterionInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Le libellé du critère est obligatoire.' })
  @MaxLength(200)
  label!: string;
  @Field(() => Int)
  @IsInt({ message: 'Une pondération entière (en %) est attendue.' })
  @Min(1, { message: 'Entre 1 et 100 %.' })
  @Max(100, { message: 'Entre 1 et 100 %.' })
  weight!: number;
}

@InputType()
export class CreateMarketInput {
  @Field(() => MarketKind) @IsEnum(MarketKind) kind!: MarketKind;
  @Field() @IsString() @IsNotEmpty({ message: 'La référence est obligatoire.' }) @MaxLength(100) reference!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'L’intitulé est obligatoire.' }) @MaxLength(300) title!: string;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @Field({ description: 'Conservation des justificatifs jusqu’à la clôture du programme (ex. 2033-12-31).' })
  @IsCalendarDate()
  proofsKeptUntil!: string;
  @Field(() => [ScoringCriterionInput], {
    nullable: true,
    description:
      'La grille de notation ; par défaut celle du cahier 004 (conformité 30, qualité 20, coût 20, méthode 15, calendrier 15).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScoringCriterionInput)
  criteria?: ScoringCriterionInput[];
}

@InputType({
  description:
    'Les champs absents restent inchangés ; `criteria` remplace toute la grille, tant qu’aucune candidature n’est notée.',
})
export class UpdateMarketInput extends PartialType(OmitType(CreateMarketInput, ['criteria'] as const)) {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int, { description: 'La version lue (verrouillage optimiste).' }) @IsInt() @Min(1) version!: number;
  @Field(() => [ScoringCriterionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScoringCriterionInput)
  criteria?: ScoringCriterionInput[];
}

@InputType()
export class MarketFilter {
  @Field({ nullable: true, description: 'Marchés en cours ce jour-là (AAAA-MM-JJ).' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
  @Field(() => MarketKind, { nullable: true }) @IsOptional() @IsEnum(MarketKind) kind?: MarketKind;
}

@ArgsType()
export class MarketListArgs extends PageArgs {
  @Field(() => MarketFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MarketFilter)
  filter?: MarketFilter;
}
