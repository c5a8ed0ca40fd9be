import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { OrientationStatus } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import '../../markets/markets.enums';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';

@InputType({ description: 'Oriente un participant de la structure vers l’action d’un lot conventionné.' })
export class OrientParticipantInput {
  @Field(() => ID) @IsString() participantId!: string;
  @Field(() => ID) @IsString() lotId!: string;
  @Field({ description: 'Jour de l’orientation (AAAA-MM-JJ) ; l’échéance de la fiche d’entrée en découle.' })
  @IsCalendarDate()
  orientedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Objectif, partagé avec le prestataire (pas de données sensibles).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string | null;
}

@InputType()
export class OrientationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Lot inconnu.' }) lotId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Participant inconnu.' })
  participantId?: string;
  @Field(() => OrientationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrientationStatus)
  status?: OrientationStatus;
  @Field({
    nullable: true,
    description:
      'Vrai : les orientations dont une fiche de liaison est en retard (non envoyée après l’échéance, ou envoyée après).',
  })
  @IsOptional()
  @IsBoolean()
  late?: boolean;
}

@ArgsType()
export class OrientationListArgs extends PageArgs {
  @Field(() => OrientationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrientationFilter)
  filter?: OrientationFilter;
}
