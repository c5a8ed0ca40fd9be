import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { OperatorType, StructureKind } from '@passerelle/domain';
import {
  IsEnum,
  IsInt,
  ValidateNested,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { IsSiret } from '../../validation/siret.validator';

@InputType()
export class StructureFilter {
  @Field(() => StructureKind, { nullable: true }) @IsOptional() @IsEnum(StructureKind) kind?: StructureKind;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@ArgsType()
export class StructureListArgs extends PageArgs {
  @Field(() => StructureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StructureFilter)
  filter?: StructureFilter;
}

@InputType()
export class CreateStructureInput {
  @Field(() => StructureKind) @IsEnum(StructureKind) kind!: StructureKind;
  @Field(() => OperatorType, { nullable: true }) @IsOptional() @IsEnum(OperatorType) operatorType?: OperatorType | null;
  @Field() @IsString() @IsNotEmpty({ message: 'Le nom est obligatoire.' }) @MaxLength(200) name!: string;
  @Field() @IsSiret() siret!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'L’adresse est obligatoire.' }) @MaxLength(300) addressLine!: string;
  @Field() @Matches(/^\d{5}$/, { message: 'Code postal invalide (5 chiffres).' }) postalCode!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'La commune est obligatoire.' }) @MaxLength(100) city!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Le territoire est obligatoire.' }) @MaxLength(200) territory!: string;
}

@InputType()
export class UpdateStructureInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int, { description: 'Version lue ; refusée si la structure a changé depuis.' })
  @IsInt()
  @Min(1)
  version!: number;
  @Field(() => OperatorType, { nullable: true }) @IsOptional() @IsEnum(OperatorType) operatorType?: OperatorType;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Le nom est obligatoire.' })
  @MaxLength(200)
  name?: string;
  @Field({ nullable: true }) @IsOptional() @IsSiret() siret?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'L’adresse est obligatoire.' })
  @MaxLength(300)
  addressLine?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'Code postal invalide (5 chiffres).' })
  postalCode?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'La commune est obligatoire.' })
  @MaxLength(100)
  city?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Le territoire est obligatoire.' })
  @MaxLength(200)
  territory?: string;
}
