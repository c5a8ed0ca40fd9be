import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@passerelle/domain';
import { PageArgs } from '../../graphql/pagination';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalEnum, OptionalNested, RequiredText } from '../../validation/fields';

@InputType()
export class UserFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @OptionalEnum(Role) role?: Role;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @OptionalNested(() => UserFilter) filter?: UserFilter;
}

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'Adresse e-mail invalide.' }) @MaxLength(254) email!: string;
  @RequiredText(200, 'Le nom est obligatoire.') fullName!: string;
  @Field({ description: 'Mot de passe initial (12 caractères au moins, lettres et chiffres).' })
  @IsString()
  @MaxLength(200)
  password!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}

@InputType()
export class SetMembershipInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => ID) @IsUUID() structureId!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}

@InputType()
export class RemoveMembershipInput {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => ID) @IsUUID() structureId!: string;
}
