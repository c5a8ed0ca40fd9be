import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ML_CONTACT_NOTE_MAX, MlActivityMeasure, MlContactKind } from '@passerelle/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/validation/calendar-date.validator';
import { OptionalDay, OptionalEnum, OptionalId } from '../../core/validation/fields';
import './ml-contact.entity';

const NOTE_MESSAGE = `${ML_CONTACT_NOTE_MAX} caractères au plus.`;

@InputType()
export class RecordMlContactInput {
  @Field(() => ID) @IsString() participantId!: string;
  @Field(() => MlContactKind)
  @IsEnum(MlContactKind, { message: 'Choisissez un type de contact dans la liste.' })
  kind!: MlContactKind;
  @Field({ description: 'Jour du contact (AAAA-MM-JJ), pas dans le futur.' }) @IsCalendarDate() date!: string;
  @OptionalId('Conseiller ou conseillère inconnu·e.', { description: 'Par défaut, la personne qui saisit.' })
  userId?: string | null;
  @OptionalId('Antenne inconnue.', { description: 'Par défaut, l’antenne du ou de la jeune.' })
  branchId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ML_CONTACT_NOTE_MAX, { message: NOTE_MESSAGE })
  note?: string | null;
}

@InputType({ description: 'Les champs absents restent inchangés.' })
export class UpdateMlContactInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalEnum(MlContactKind) kind?: MlContactKind;
  @OptionalDay() date?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Conseiller ou conseillère inconnu·e.' })
  userId?: string;
  @OptionalId('Antenne inconnue.') branchId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ML_CONTACT_NOTE_MAX, { message: NOTE_MESSAGE })
  note?: string | null;
}

@InputType()
export class MlActivityFilter {
  @Field({ description: 'Premier jour (AAAA-MM-JJ).' }) @IsCalendarDate() from!: string;
  @Field({ description: 'Dernier jour (AAAA-MM-JJ), 36 mois au plus après le premier.' }) @IsCalendarDate() to!: string;
  @OptionalId('Antenne inconnue.', { description: 'Une seule antenne.' }) branchId?: string | null;
}

@ObjectType({ description: 'Une série pour un graphique : une valeur par mois de `months`.' })
export class MlActivitySeries {
  @Field(() => MlActivityMeasure) measure!: MlActivityMeasure;
  @Field() label!: string;
  @Field(() => [Int]) values!: number[];
}

@ObjectType()
export class MlActivityCount {
  @Field(() => MlActivityMeasure) measure!: MlActivityMeasure;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Les mesures d’une antenne.' })
export class MlActivityBranch {
  @Field({ description: 'Id de l’antenne, vide pour « Sans antenne ».' }) key!: string;
  @Field() label!: string;
  @Field(() => [MlActivityCount]) counts!: MlActivityCount[];
}

@ObjectType({ description: 'Sorties de CEJ de la période pour un motif.' })
export class MlExitReasonCount {
  @Field() reason!: string;
  @Field() label!: string;
  @Field() positive!: boolean;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'Activité de la Mission Locale : premiers accueils, jeunes suivis (distincts, au moins un contact), entretiens individuels, entrées et sorties de CEJ.',
})
export class MlActivity {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [String], { description: 'Mois de la période (AAAA-MM), en abscisse.' }) months!: string[];
  @Field(() => [MlActivitySeries]) series!: MlActivitySeries[];
  @Field(() => [MlActivityCount], { description: 'Sur la période ; les jeunes suivis sont comptés une fois.' })
  totals!: MlActivityCount[];
  @Field(() => [MlActivityBranch]) byBranch!: MlActivityBranch[];
  @Field(() => [MlExitReasonCount]) exitsByReason!: MlExitReasonCount[];
}
