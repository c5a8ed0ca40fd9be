import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '@passerelle/domain';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { StructureSummary } from '../../tenancy/structures/structure.entity';
import { MembershipView } from '../../tenancy/users/user.entity';

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'Adresse e-mail invalide.' }) @MaxLength(254) email!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Saisissez votre mot de passe.' }) @MaxLength(200) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Saisissez votre mot de passe actuel.' })
  @MaxLength(200)
  currentPassword!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Saisissez le nouveau mot de passe.' })
  @MaxLength(200)
  newPassword!: string;
}

@ObjectType({ description: 'L’utilisateur connecté, ses rattachements et ses droits dans la structure courante.' })
export class Me {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() fullName!: string;
  @Field(() => [MembershipView]) memberships!: MembershipView[];
  @Field(() => StructureSummary, { nullable: true }) currentStructure!: StructureSummary | null;
  @Field(() => Role, { nullable: true }) currentRole!: Role | null;
  @Field(() => [String]) permissions!: string[];
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Jeton d’accès (JWT) à envoyer dans `Authorization: Bearer …`.' }) accessToken!: string;
  @Field(() => GraphQLISODateTime) accessTokenExpiresAt!: Date;
  @Field(() => Me) user!: Me;
}
