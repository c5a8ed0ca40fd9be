import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CommitteeDecision } from '@passerelle/domain';
import { IsEnum, IsString } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';
import { OptionalDay, OptionalNested, OptionalString, RequiredText } from '../../../core/validation/fields';

@InputType()
export class CreateApprovalCommitteeInput {
  @Field({ description: 'Jour de la séance (AAAA-MM-JJ).' }) @IsCalendarDate() date!: string;
  @RequiredText(200, 'L’intitulé est obligatoire.') title!: string;
  @OptionalString(200) location?: string | null;
}

@InputType()
export class PresentToCommitteeInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => ID) @IsString() committeeId!: string;
}

@InputType()
export class DecideCommitteeFileInput {
  @Field(() => ID) @IsString() fileId!: string;
  @Field(() => CommitteeDecision)
  @IsEnum(CommitteeDecision, { message: 'Choisissez admis, ajourné ou refusé.' })
  decision!: CommitteeDecision;
  @OptionalString(2000, { description: 'Obligatoire pour un ajournement ou un refus.' })
  reason?: string | null;
}

@InputType()
export class ApprovalCommitteeFilter {
  @OptionalDay(undefined, { description: 'À partir de ce jour inclus.' }) from?: string;
  @OptionalDay(undefined, { description: 'Jusqu’à ce jour inclus.' }) to?: string;
}

@ArgsType()
export class ApprovalCommitteeListArgs extends PageArgs {
  @OptionalNested(() => ApprovalCommitteeFilter) filter?: ApprovalCommitteeFilter;
}
