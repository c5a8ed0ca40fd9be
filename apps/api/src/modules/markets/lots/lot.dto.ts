import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { PremisesProvider } from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { IsAmount, IsDecimal } from '../../../core/validation/money.validator';
import '../markets.enums';
import { OptionalId, OptionalNested, RequiredText } from '../../../core/validation/fields';

const count = (max = 10000) => [
  IsOptional(),
  IsInt({ message: 'Un nombre entier est attendu.' }),
  Min(0, { message: 'Un nombre positif est attendu.' }),
  Max(max, { message: `Au plus ${max}.` }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType({ description: 'Quantités attendues par le cahier des charges ; un champ absent reste vide.' })
export class LotQuantitiesInput {
  @Field(() => Int, { nullable: true }) @apply(count(100)) sessionsCount?: number | null;
  @Field(() => Int, { nullable: true }) @apply(count(100)) workshopsPerSession?: number | null;
  @Field(() => Int, { nullable: true, description: 'En minutes.' }) @apply(count(1440)) workshopMinutes?: number | null;
  @Field(() => Int, { nullable: true }) @apply(count(500)) groupMin?: number | null;
  @Field(() => Int, { nullable: true }) @apply(count(500)) groupMax?: number | null;
  @Field(() => Int, { nullable: true }) @apply(count(100)) interviewsPerParticipant?: number | null;
  @Field(() => Int, { nullable: true, description: 'En minutes.' }) @apply(count(480)) interviewMaxMinutes?:
    number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsDecimal() faceToFaceHours?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsDecimal() preparationHours?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsDecimal() coordinationHours?: string | null;
  @Field(() => Int, { nullable: true }) @apply(count(500)) exchangeSessions?: number | null;
  @Field(() => Int, { nullable: true, description: 'En minutes.' }) @apply(count(1440)) exchangeSessionMinutes?:
    number | null;
  @Field(() => Int, { nullable: true }) @apply(count(500)) eventHalfDays?: number | null;
  @Field(() => Int, { nullable: true }) @apply(count(10000)) assessmentsCount?: number | null;
}

@InputType()
export class CreateLotInput {
  @Field(() => ID) @IsString() marketId!: string;
  @Field(() => Int)
  @IsInt({ message: 'Un numéro de lot entier est attendu.' })
  @Min(1, { message: 'Le numéro de lot commence à 1.' })
  @Max(999)
  number!: number;
  @RequiredText(300, 'L’intitulé est obligatoire.') title!: string;
  @RequiredText(200, 'Le territoire est obligatoire.') territory!: string;
  @RequiredText(300, 'Le lieu est obligatoire.') site!: string;
  @Field(() => PremisesProvider)
  @IsEnum(PremisesProvider, { message: 'Précisez qui fournit les locaux.' })
  premisesProvidedBy!: PremisesProvider;
  @Field() @IsCalendarDate() startsOn!: string;
  @Field() @IsCalendarDate() endsOn!: string;
  @Field(() => Int, { nullable: true }) @apply(count()) minParticipants?: number | null;
  @Field(() => String, { nullable: true, description: 'En ETP (ex. "0.70").' })
  @IsOptional()
  @IsDecimal()
  staffingFte?: string | null;
  @Field(() => String, { nullable: true, description: 'Euros TTC, décimal exact.' })
  @IsOptional()
  @IsAmount()
  maxAnnualPriceTtc?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() fseCoFunded: boolean = false;
  @Field({ defaultValue: false }) @IsBoolean() permanentEntry: boolean = false;
  @Field({ defaultValue: false }) @IsBoolean() timeTiedToParticipants: boolean = false;
  @OptionalNested(() => LotQuantitiesInput) quantities?: LotQuantitiesInput | null;
}

@InputType({
  description: 'Les champs absents restent inchangés ; `quantities` remplace les seules quantités données.',
})
export class UpdateLotInput extends PartialType(OmitType(CreateLotInput, ['marketId'] as const)) {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType()
export class LotFilter {
  @OptionalId('Marché inconnu.') marketId?: string;
  @OptionalId('Prestataire inconnu.', { description: 'Lots attribués à ce prestataire.' }) awardedStructureId?: string;
  @Field({ nullable: true, description: 'Vrai : les seuls lots que votre structure réalise (prestataire).' })
  @IsOptional()
  @IsBoolean()
  deliveredByMe?: boolean;
}

@ArgsType()
export class LotListArgs extends PageArgs {
  @OptionalNested(() => LotFilter) filter?: LotFilter;
}
