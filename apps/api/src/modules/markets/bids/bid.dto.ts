import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { IsAmount } from '../../../core/validation/money.validator';
import { OptionalString } from '../../../core/validation/fields';

@InputType({ description: 'Enregistre une candidature reçue pour un lot.' })
export class RecordBidInput {
  @Field(() => ID) @IsString() lotId!: string;
  @Field(() => ID, { description: 'La structure prestataire candidate.' }) @IsString() providerStructureId!: string;
  @Field() @IsCalendarDate() receivedOn!: string;
  @Field({ description: 'Prix proposé, euros TTC.' }) @IsAmount() priceTtc!: string;
  @OptionalString(5000) summary?: string | null;
}

@InputType()
export class BidMarkInput {
  @Field(() => ID) @IsString() criterionId!: string;
  @Field({ description: 'Note sur 20, deux décimales au plus (ex. "15.5").' })
  @Matches(/^\d{1,2}(\.\d{1,2})?$/, { message: 'Note invalide : un nombre de 0 à 20 (ex. 15.5).' })
  mark!: string;
}

@InputType({
  description: 'Note une candidature, critère par critère ; les critères déjà notés et absents ici restent inchangés.',
})
export class ScoreBidInput {
  @Field(() => ID) @IsString() bidId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => [BidMarkInput])
  @IsArray()
  @ArrayNotEmpty({ message: 'Au moins une note est attendue.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BidMarkInput)
  marks!: BidMarkInput[];
}

@InputType()
export class AwardLotInput {
  @Field(() => ID) @IsString() bidId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Obligatoire pour retenir une candidature qui n’est pas la mieux notée.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  justification?: string | null;
}
