import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BranchAreaKind } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class BranchAreaInput {
  @Field(() => BranchAreaKind) @IsEnum(BranchAreaKind) kind!: BranchAreaKind;
  @Field()
  @Matches(/^[0-9A-Za-z-]{1,10}$/, {
    message: 'Code invalide (code INSEE ou code d’arrondissement, 10 caractères au plus).',
  })
  code!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Le libellé est obligatoire.' }) @MaxLength(100) label!: string;
}

@InputType()
export class CreateBranchInput {
  @Field(() => ID) @IsUUID() structureId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Le nom est obligatoire.' }) @MaxLength(100) name!: string;
  @Field()
  @Matches(/^[A-Z0-9_-]{1,20}$/, {
    message: 'Code en majuscules, chiffres, tiret ou souligné (20 caractères au plus).',
  })
  code!: string;
  @Field(() => [BranchAreaInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BranchAreaInput)
  areas!: BranchAreaInput[];
}

@InputType()
export class UpdateBranchInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Le nom est obligatoire.' })
  @MaxLength(100)
  name?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z0-9_-]{1,20}$/, {
    message: 'Code en majuscules, chiffres, tiret ou souligné (20 caractères au plus).',
  })
  code?: string;
  @Field(() => [BranchAreaInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BranchAreaInput)
  areas?: BranchAreaInput[];
}
