import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hkdfSync } from 'node:crypto';
import { Env } from '../config/env';

/**
 * What a signed token is for. Each purpose has its own key derived from JWT_SECRET and its own `purpose` claim, so a
 * token minted for one use (a 60 s queue-dashboard ticket, its cookie) never passes as another (a bearer token).
 */
export enum TokenPurpose {
  ACCESS = 'access',
  QUEUE_DASHBOARD_TICKET = 'queue-dashboard-ticket',
  QUEUE_DASHBOARD_SESSION = 'queue-dashboard-session',
}

export interface TokenClaims {
  sub: string;
  /** The sign-in session an access token belongs to (`auth_sessions.id`). */
  sid?: string;
  jti?: string;
}

@Injectable()
export class TokenService {
  private readonly keys: ReadonlyMap<TokenPurpose, Buffer>;

  constructor(
    private readonly jwt: JwtService,
    env: Env,
  ) {
    this.keys = new Map(
      Object.values(TokenPurpose).map((purpose) => [
        purpose,
        Buffer.from(hkdfSync('sha256', env.JWT_SECRET, '', `passerelle/jwt/${purpose}`, 32)),
      ]),
    );
  }

  sign(purpose: TokenPurpose, claims: TokenClaims, expiresInSeconds: number): Promise<string> {
    return this.jwt.signAsync(
      { ...claims, purpose },
      { secret: this.keys.get(purpose)!, expiresIn: expiresInSeconds, algorithm: 'HS256' },
    );
  }

  /** The claims of a valid, unexpired token minted for `purpose`; null for anything else. */
  async verify(purpose: TokenPurpose, token: string): Promise<TokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims & { purpose?: string }>(token, {
        secret: this.keys.get(purpose)!,
        algorithms: ['HS256'],
      });
      return claims.purpose === purpose && typeof claims.sub === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
