import { Field, GraphQLISODateTime, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayNotEmpty, IsArray, IsDate, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiKey } from './api-key.entity';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Donnez un nom à la clé (l’outil qui l’utilise).' })
  @MaxLength(100)
  name!: string;
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
