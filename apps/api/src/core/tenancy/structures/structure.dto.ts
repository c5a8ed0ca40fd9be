import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { OperatorType, StructureKind } from '@passerelle/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsSiret } from '../../validation/siret.validator';
import { OptionalEnum, OptionalNested, OptionalText, RequiredText } from '../../validation/fields';

@InputType()
export class StructureFilter {
  @OptionalEnum(StructureKind) kind?: StructureKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@ArgsType()
export class StructureListArgs extends PageArgs {
  @OptionalNested(() => StructureFilter) filter?: StructureFilter;
}

@InputType()
export class CreateStructureInput {
  @Field(() => StructureKind) @IsEnum(StructureKind) kind!: StructureKind;
  @OptionalEnum(OperatorType) operatorType?: OperatorType | null;
  @RequiredText(200, 'Le nom est obligatoire.') name!: string;
  @Field() @IsSiret() siret!: string;
  @RequiredText(300, 'L’adresse est obligatoire.') addressLine!: string;
  @Field() @Matches(/^\d{5}$/, { message: 'Code postal invalide (5 chiffres).' }) postalCode!: string;
  @RequiredText(100, 'La commune est obligatoire.') city!: string;
  @RequiredText(200, 'Le territoire est obligatoire.') territory!: string;
}

@InputType()
export class UpdateStructureInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'Version lue ; refusée si la structure a changé depuis.' })
  @IsInt()
  @Min(1)
  version!: number;
  @OptionalEnum(OperatorType) operatorType?: OperatorType;
  @OptionalText(200, 'Le nom est obligatoire.') name?: string;
  @Field({ nullable: true }) @IsOptional() @IsSiret() siret?: string;
  @OptionalText(300, 'L’adresse est obligatoire.') addressLine?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Code postal invalide (5 chiffres).' })
  postalCode?: string;
  @OptionalText(100, 'La commune est obligatoire.') city?: string;
  @OptionalText(200, 'Le territoire est obligatoire.') territory?: string;
}
