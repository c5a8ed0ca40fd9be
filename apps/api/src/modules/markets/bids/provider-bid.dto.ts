import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { OptionalNestedList } from '../../../core/validation/fields';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsAmount } from '../../../core/validation/money.validator';
import { OptionalString } from '../../../core/validation/fields';

@InputType({ description: 'Un cotraitant du groupement et sa part du prix.' })
export class BidCoContractorInput {
  @Field(() => ID, { description: 'La structure prestataire cotraitante.' })
  @IsUUID('all', { message: 'Prestataire inconnu.' })
  structureId!: string;
  @Field({ description: 'Sa part du prix, en % (ex. "40" ou "33.33").' })
  @IsString()
  sharePercent!: string;
}

@InputType({ description: 'La candidature d’un prestataire à un lot ouvert, déposée par le prestataire lui-même.' })
export class SubmitBidInput {
  @Field(() => ID) @IsString() lotId!: string;
  @Field({ description: 'Prix proposé, euros TTC.' }) @IsAmount() priceTtc!: string;
  @OptionalString(5000, { description: 'Résumé de l’offre (méthode, moyens, calendrier).' })
  summary?: string | null;
  @OptionalNestedList(() => BidCoContractorInput, 10, {
    description:
      'Réponse en groupement : les cotraitants et leurs parts ; votre structure en est le mandataire. Absent ou vide : candidature seule.',
  })
  coContractors?: BidCoContractorInput[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'En groupement, la part du prix du mandataire (votre structure), en % ; les parts totalisent 100.',
  })
  @IsOptional()
  @IsString()
  leadSharePercent?: string | null;
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
