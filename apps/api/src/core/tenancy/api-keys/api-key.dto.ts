import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayNotEmpty, IsArray, IsDate, IsOptional, IsString } from 'class-validator';
import { ApiKey } from './api-key.entity';
import { RequiredText } from '../../validation/fields';

@InputType()
export class CreateApiKeyInput {
  @RequiredText(100, 'Donnez un nom à la clé (l’outil qui l’utilise).') name!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayNotEmpty({ message: 'Choisissez au moins un droit.' })
  @IsString({ each: true })
  scopes!: string[];
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Fin de validité (facultative) : la clé est refusée après cet instant.',
  })
  @IsOptional()
  @IsDate({ message: 'Date de fin de validité invalide.' })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'La clé créée ; son secret n’est montré qu’une fois.' })
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field() secret!: string;
}
