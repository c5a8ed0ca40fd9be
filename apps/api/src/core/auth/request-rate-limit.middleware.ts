import { Injectable, NestMiddleware } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { clientAddress, sendRateLimited, setRateLimitHeaders } from '../rate-limit/rate-limit-headers';
import { LimiterName, RateLimitService } from '../rate-limit/rate-limit.service';
import { ApiKeysService } from '../tenancy/api-keys/api-keys.service';

/**
 * One budget per HTTP request, before GraphQL parses anything: per API key (the largest, for integrations), per
 * signed-in person (whatever their address: a whole office may share one), else per address. Credentials are
 * checked here, so a made-up key or token only ever gets the anonymous budget of its address.
 */
@Injectable()
export class RequestRateLimitMiddleware implements NestMiddleware {
  constructor(
    private readonly limits: RateLimitService,
    private readonly jwt: JwtService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    // Mounted on every route, `req.path` is relative to the mount point: the full path is in `originalUrl`.
    const path = req.originalUrl.split('?')[0];
    // Probes and metrics scrapes come from the infrastructure, often all from one address.
    if (req.method === 'OPTIONS' || path === '/metrics' || path === '/health' || path.startsWith('/health/')) {
      return next();
    }
    try {
      const [limiter, key] = await this.identify(req);
      const state = await this.limits.consume(limiter, key);
      if (state) setRateLimitHeaders(res, state);
      if (state && !state.allowed) return sendRateLimited(res, path === '/graphql', state);
    } catch {
      // Identifying the caller failed (database unavailable…): authentication will answer for it.
    }
    next();
  }

  private async identify(req: Request): Promise<[LimiterName, string]> {
    const key = await this.apiKeys.authenticateRequest(req);
    if (key) return ['apiKey', key.id];
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      try {
        const { sub } = this.jwt.verify<{ sub: string }>(bearer);
        if (sub) return ['user', sub];
      } catch {
        // Expired or forged: counted with the address.
      }
    }
    return ['anonymous', clientAddress(req)];
  }
}
