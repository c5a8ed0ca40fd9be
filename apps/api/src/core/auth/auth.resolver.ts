import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { clientAddress } from '../rate-limit/rate-limit-headers';
import { ForbiddenError } from '../graphql/errors';
import { Authenticated, Public } from './access.decorator';
import { Actor } from './actor';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { AuthPayload, ChangePasswordInput, LoginInput, Me } from './dto/auth.dto';
import { clearRefreshCookie, setRefreshCookie } from './refresh-cookie';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Connexion par e-mail et mot de passe. Le jeton de rafraîchissement est posé dans un cookie HttpOnly limité à /auth.',
  })
  async login(
    @Args('input') input: LoginInput,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<AuthPayload> {
    const { refreshToken, refreshTokenExpiresAt, ...payload } = await this.auth.login(
      input.email,
      input.password,
      clientAddress(req),
    );
    setRefreshCookie(res, refreshToken, refreshTokenExpiresAt);
    return payload;
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description:
      'Déconnexion : ferme la session du jeton d’accès utilisé ; ses jetons cessent aussitôt de fonctionner.',
  })
  async logout(@CurrentActor() actor: Actor, @Context('res') res: Response): Promise<boolean> {
    if (actor.kind !== 'user' || !actor.sessionId) throw new ForbiddenError('Réservé aux utilisateurs connectés.');
    await this.auth.endSession(actor.userId!, actor.sessionId);
    clearRefreshCookie(res);
    return true;
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description: 'Change le mot de passe et ferme toutes les sessions du compte, celle-ci comprise.',
  })
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
