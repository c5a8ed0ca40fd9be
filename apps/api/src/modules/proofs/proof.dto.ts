import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ProofKind } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination';
import '../markets/markets.enums';

@InputType()
export class ProofFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Lot inconnu.' }) lotId?: string;
  @Field(() => ProofKind, { nullable: true }) @IsOptional() @IsEnum(ProofKind) kind?: ProofKind;
}

@ArgsType()
export class ProofListArgs extends PageArgs {
  @Field(() => ProofFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProofFilter)
  filter?: ProofFilter;
}

/** The form fields sent with a multipart upload (REST). */
export class UploadProofBody {
  @IsUUID('all', { message: 'Lot inconnu.' }) lotId!: string;
  @IsEnum(ProofKind, { message: 'Nature de justificatif inconnue.' }) kind!: ProofKind;
  @IsOptional() @IsString() @MaxLength(500) description?: string;
}
