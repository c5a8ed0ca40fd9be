import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ContactMode, FollowUpKind } from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';
import { OptionalEnum, OptionalString } from '../../../core/validation/fields';

@InputType({
  description:
    'Entretien (durée, modalité, compte rendu), relance (répondue ou non) ou réunion collective (thème, présence).',
})
export class RecordFollowUpInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => FollowUpKind)
  @IsEnum(FollowUpKind, { message: 'Choisissez entretien, relance ou réunion collective.' })
  kind!: FollowUpKind;
  @Field() @IsCalendarDate() date!: string;
  @Field(() => Int, { nullable: true, description: 'Durée en minutes.' })
  @IsOptional()
  @IsInt({ message: 'Un nombre entier de minutes est attendu.' })
  @Min(1, { message: 'Entre 1 et 480 minutes.' })
  @Max(480, { message: 'Entre 1 et 480 minutes.' })
  durationMinutes?: number | null;
  @OptionalEnum(ContactMode, {}, { message: 'Modalité inconnue.' }) mode?: ContactMode | null;
  @OptionalString(10000) summary?: string | null;
  @OptionalString(200) topic?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Relance : la personne a-t-elle répondu ? (non par défaut)' })
  @IsOptional()
  @IsBoolean()
  answered?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Réunion collective : la personne est-elle venue ? (oui par défaut)',
  })
  @IsOptional()
  @IsBoolean()
  attended?: boolean | null;
}

@InputType()
export class UpdateFollowUpInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() answered?: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() attended?: boolean;
  @OptionalString(10000) summary?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Un nombre entier de minutes est attendu.' })
  @Min(1, { message: 'Entre 1 et 480 minutes.' })
  @Max(480, { message: 'Entre 1 et 480 minutes.' })
  durationMinutes?: number | null;
}
