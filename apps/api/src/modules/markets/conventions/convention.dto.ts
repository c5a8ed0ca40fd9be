import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { IsAmount } from '../../../core/validation/money.validator';
import { OptionalDay, RequiredText } from '../../../core/validation/fields';

@InputType({ description: 'La convention signée avec le prestataire retenu.' })
export class SignConventionInput {
  @Field(() => ID) @IsString() lotId!: string;
  @RequiredText(100, 'La référence de la convention est obligatoire.') reference!: string;
  @Field() @IsCalendarDate() signedOn!: string;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @Field({ description: 'Montant, euros TTC (au plus le prix plafond du lot).' }) @IsAmount() amountTtc!: string;
}

@InputType({
  description:
    'Un avenant à une convention signée : la nouvelle fin et/ou le nouveau montant, le motif et ce qui change.',
})
export class AmendConventionInput {
  @Field(() => ID) @IsString() conventionId!: string;
  @Field(() => Int, { description: 'La version lue de la convention (verrouillage optimiste).' })
  @IsInt()
  @Min(1)
  version!: number;
  @Field({ description: 'Jour de signature de l’avenant.' }) @IsCalendarDate() signedOn!: string;
  @RequiredText(2000, 'Le motif de l’avenant est obligatoire.') reason!: string;
  @RequiredText(5000, 'Décrivez ce que l’avenant change.', {
    description: 'Ce que l’avenant change, en clair (ex. « prolongation de trois mois, +2 ateliers »).',
  })
  description!: string;
  @OptionalDay(undefined, { description: 'Nouvelle fin de la convention ; absente : inchangée.' }) endsOn?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Nouveau montant, euros TTC ; absent : inchangé.' })
  @IsOptional()
  @IsAmount()
  amountTtc?: string | null;
}
