import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { COMMITTEE_PROPOSAL_SUBJECT_MAX } from '@passerelle/domain';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { OptionalId } from '../../../core/validation/fields';

@InputType()
export class ProposePathToCommitteeInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field({ description: 'Ce que le comité doit examiner (bilan d’étape, réorientation, prolongation…).' })
  @IsString()
  @Matches(/\S/, { message: 'Indiquez ce que le comité doit examiner.' })
  @MaxLength(COMMITTEE_PROPOSAL_SUBJECT_MAX, { message: `${COMMITTEE_PROPOSAL_SUBJECT_MAX} caractères au plus.` })
  subject!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '2 000 caractères au plus.' })
  comment?: string | null;
}

@InputType()
export class DecidePathCommitteeProposalInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Vrai : la proposition est inscrite à la séance `committeeId` ; faux : elle est écartée.' })
  @IsBoolean()
  accept!: boolean;
  @OptionalId('Comité inconnu.', { description: 'La séance du comité, obligatoire pour inscrire la proposition.' })
  committeeId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '2 000 caractères au plus.' })
  note?: string | null;
}
