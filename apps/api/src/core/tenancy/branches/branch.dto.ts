import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BranchAreaKind } from '@passerelle/domain';
import { IsEnum, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { NestedList, OptionalNestedList, OptionalText, RequiredText } from '../../validation/fields';

@InputType()
export class BranchAreaInput {
  @Field(() => BranchAreaKind) @IsEnum(BranchAreaKind) kind!: BranchAreaKind;
  @Field()
  @Matches(/^[0-9A-Za-z-]{1,10}$/, {
    message: 'Code invalide (code INSEE ou code d’arrondissement, 10 caractères au plus).',
  })
  code!: string;
  @RequiredText(100, 'Le libellé est obligatoire.') label!: string;
}

@InputType()
export class CreateBranchInput {
  @Field(() => ID) @IsUUID() structureId!: string;
  @RequiredText(100, 'Le nom est obligatoire.') name!: string;
  @Field()
  @Matches(/^[A-Z0-9_-]{1,20}$/, {
    message: 'Code en majuscules, chiffres, tiret ou souligné (20 caractères au plus).',
  })
  code!: string;
  @NestedList(() => BranchAreaInput, 500) areas!: BranchAreaInput[];
}

@InputType()
export class UpdateBranchInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalText(100, 'Le nom est obligatoire.') name?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z0-9_-]{1,20}$/, {
    message: 'Code en majuscules, chiffres, tiret ou souligné (20 caractères au plus).',
  })
  code?: string;
  @OptionalNestedList(() => BranchAreaInput, 500) areas?: BranchAreaInput[];
}
