import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsAmount } from '../../../core/validation/money.validator';
import { OptionalString } from '../../../core/validation/fields';

@InputType({ description: 'La candidature d’un prestataire à un lot ouvert, déposée par le prestataire lui-même.' })
export class SubmitBidInput {
  @Field(() => ID) @IsString() lotId!: string;
  @Field({ description: 'Prix proposé, euros TTC.' }) @IsAmount() priceTtc!: string;
  @OptionalString(5000, { description: 'Résumé de l’offre (méthode, moyens, calendrier).' })
  summary?: string | null;
}

@InputType({ description: 'Retire sa candidature, tant que le lot n’est pas attribué.' })
export class WithdrawBidInput {
  @Field(() => ID) @IsString() bidId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@ArgsType()
export class OpenLotListArgs extends PageArgs {}

@ArgsType()
export class MyBidListArgs extends PageArgs {}
