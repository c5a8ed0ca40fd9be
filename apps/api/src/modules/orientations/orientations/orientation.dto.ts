import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { OrientationStatus } from '@passerelle/domain';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import '../../markets/markets.enums';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { OptionalEnum, OptionalId, OptionalNested, OptionalString } from '../../../core/validation/fields';

@InputType({ description: 'Oriente un participant de la structure vers l’action d’un lot conventionné.' })
export class OrientParticipantInput {
  @Field(() => ID) @IsString() participantId!: string;
  @Field(() => ID) @IsString() lotId!: string;
  @Field({ description: 'Jour de l’orientation (AAAA-MM-JJ) ; l’échéance de la fiche d’entrée en découle.' })
  @IsCalendarDate()
  orientedOn!: string;
  @OptionalString(2000, { description: 'Objectif, partagé avec le prestataire (pas de données sensibles).' })
  purpose?: string | null;
}

@InputType()
export class OrientationFilter {
  @OptionalId('Lot inconnu.') lotId?: string;
  @OptionalId('Participant inconnu.') participantId?: string;
  @OptionalEnum(OrientationStatus) status?: OrientationStatus;
  @Field({
    nullable: true,
    description:
      'Vrai : les orientations dont une fiche de liaison est en retard (non envoyée après l’échéance, ou envoyée après).',
  })
  @IsOptional()
  @IsBoolean()
  late?: boolean;
  @Field({
    nullable: true,
    description:
      'Vrai : les orientations dont une fiche de liaison (d’entrée ou de sortie) n’est toujours pas envoyée après son échéance.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

@ArgsType()
export class OrientationListArgs extends PageArgs {
  @OptionalNested(() => OrientationFilter) filter?: OrientationFilter;
}
