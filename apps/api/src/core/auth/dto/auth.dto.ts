import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '@passerelle/domain';
import { IsEmail, MaxLength } from 'class-validator';
import { StructureSummary } from '../../tenancy/structures/structure.entity';
import { MembershipView } from '../../tenancy/users/user.entity';
import { RequiredText } from '../../validation/fields';

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'Adresse e-mail invalide.' }) @MaxLength(254) email!: string;
  @RequiredText(200, 'Saisissez votre mot de passe.') password!: string;
}

@InputType()
export class ChangePasswordInput {
  @RequiredText(200, 'Saisissez votre mot de passe actuel.') currentPassword!: string;
  @RequiredText(200, 'Saisissez le nouveau mot de passe.') newPassword!: string;
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
