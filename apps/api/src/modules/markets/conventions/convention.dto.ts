import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../participants/calendar-date.validator';
import { IsAmount } from '../money.validator';

@InputType({ description: 'La convention signée avec le prestataire retenu.' })
export class SignConventionInput {
  @Field(() => ID) @IsString() lotId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'La référence de la convention est obligatoire.' }) @MaxLength(100) reference!: string;
  @Field() @IsCalendarDate() signedOn!: string;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @Field({ description: 'Montant, euros TTC (au plus le prix plafond du lot).' }) @IsAmount() amountTtc!: string;
}
