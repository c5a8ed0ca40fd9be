import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Role } from '@passerelle/domain';
import { PageArgs } from '../../graphql/pagination';
import { ValidateNested, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class UserFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'Adresse e-mail invalide.' }) @MaxLength(254) email!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Le nom est obligatoire.' }) @MaxLength(200) fullName!: string;
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
