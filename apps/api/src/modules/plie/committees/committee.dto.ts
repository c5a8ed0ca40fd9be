import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CommitteeDecision } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';

@InputType()
export class CreateApprovalCommitteeInput {
  @Field({ description: 'Jour de la séance (AAAA-MM-JJ).' }) @IsCalendarDate() date!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'L’intitulé est obligatoire.' }) @MaxLength(200) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) location?: string | null;
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
  @Field(() => String, { nullable: true, description: 'Obligatoire pour un ajournement ou un refus.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class ApprovalCommitteeFilter {
  @Field({ nullable: true, description: 'À partir de ce jour inclus.' }) @IsOptional() @IsCalendarDate() from?: string;
  @Field({ nullable: true, description: 'Jusqu’à ce jour inclus.' }) @IsOptional() @IsCalendarDate() to?: string;
}

@ArgsType()
export class ApprovalCommitteeListArgs extends PageArgs {
  @Field(() => ApprovalCommitteeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApprovalCommitteeFilter)
  filter?: ApprovalCommitteeFilter;
}
