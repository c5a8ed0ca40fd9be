import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ExitReason } from '@passerelle/domain';
import { IsBoolean, IsEnum, IsInt, IsString, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';
import { OptionalString } from '../../../core/validation/fields';

@InputType()
export class ProposePliePathExitInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field({ description: 'Jour de sortie proposé.' })
  @IsCalendarDate({ message: 'Date de sortie invalide (format AAAA-MM-JJ attendu).' })
  date!: string;
  @Field(() => ExitReason)
  @IsEnum(ExitReason, { message: 'Choisissez un motif de sortie dans la liste.' })
  reason!: ExitReason;
  @OptionalString(2000) comment?: string | null;
}

@InputType()
export class DecidePliePathExitProposalInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({
    description: 'Vrai : la sortie est enregistrée (jour et motif proposés) ; faux : la proposition est écartée.',
  })
  @IsBoolean()
  accept!: boolean;
  @OptionalString(2000) note?: string | null;
}
