import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { clientAddress } from '../rate-limit/rate-limit-headers';
import { ForbiddenError } from '../graphql/errors';
import { Authenticated, Public } from './access.decorator';
import { Actor } from './actor';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { AuthPayload, ChangePasswordInput, LoginInput, Me, RefreshInput } from './dto/auth.dto';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Connexion par e-mail et mot de passe.' })
  login(@Args('input') input: LoginInput, @Context('req') req: Request): Promise<AuthPayload> {
    return this.auth.login(input.email, input.password, clientAddress(req));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Échange un jeton de rafraîchissement contre une nouvelle session (rotation).',
  })
  refreshSession(@Args('input') input: RefreshInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Déconnexion : révoque le jeton de rafraîchissement et sa famille.' })
  logout(@Args('input') input: RefreshInput): Promise<boolean> {
    return this.auth.logout(input.refreshToken);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Change le mot de passe et ferme les autres sessions.' })
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    if (actor.kind !== 'user') throw new ForbiddenError('Réservé aux utilisateurs connectés.');
    return this.auth.changePassword(actor, input.currentPassword, input.newPassword);
  }

  @Authenticated()
  @Query(() => Me)
  me(@CurrentActor() actor: Actor): Promise<Me> {
    if (actor.kind !== 'user') throw new ForbiddenError('Réservé aux utilisateurs connectés.');
    return this.auth.me(actor);
  }
}
