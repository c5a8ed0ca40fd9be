import { ArgsType, InputType } from '@nestjs/graphql';
import { ProofKind } from '@passerelle/domain';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination';
import '../markets/markets.enums';
import { OptionalEnum, OptionalId, OptionalNested } from '../../core/validation/fields';

@InputType()
export class ProofFilter {
  @OptionalId('Lot inconnu.') lotId?: string;
  @OptionalEnum(ProofKind) kind?: ProofKind;
}

@ArgsType()
export class ProofListArgs extends PageArgs {
  @OptionalNested(() => ProofFilter) filter?: ProofFilter;
}

/** The form fields sent with a multipart upload (REST). */
export class UploadProofBody {
  @IsUUID('all', { message: 'Lot inconnu.' }) lotId!: string;
  @IsEnum(ProofKind, { message: 'Nature de justificatif inconnue.' }) kind!: ProofKind;
  @IsOptional() @IsString() @MaxLength(500) description?: string;
}
