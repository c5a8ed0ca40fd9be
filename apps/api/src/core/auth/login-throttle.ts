import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Env } from '../config/env';
import { formatWait, RateLimitedError } from '../graphql/errors';
import { hashKey, LimiterName, RateLimitService } from '../rate-limit/rate-limit.service';

/** Failures on one account that keep adding to its slow-down (LOGIN_SLOWDOWN_MS each); beyond, it stays flat. */
const MAX_SLOWDOWN_STEPS = 10;

const refused = (seconds: number) =>
  new RateLimitedError(
    seconds,
    `Trop de tentatives de connexion depuis votre adresse. Réessayez dans ${formatWait(seconds)}.`,
  );

/**
 * Password guessing, without letting a stranger lock a person out: the address that fails too often (on any
 * accounts, or LOGIN_MAX_ATTEMPTS times on one) is refused for LOGIN_LOCK_MINUTES, while the person, from their own
 * address, can still sign in. Failures on an account from all addresses only slow further failures down.
 * Everything is keyed by the typed e-mail, whether an account exists or not, so answers and delays are the same.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly limits: RateLimitService,
    private readonly env: Env,
  ) {}

  /** Refuses an address that is currently held back, before any password is checked. */
  async check(address: string, email: string): Promise<void> {
    for (const [limiter, key] of this.keys(address, email)) {
      const state = await this.limits.peek(limiter, key);
      if (state && (!state.allowed || state.remaining === 0)) throw refused(state.resetSeconds);
    }
  }

  /** Counts a failure; refuses the address once it reaches a limit, otherwise waits the account's slow-down. */
  async failed(address: string, email: string): Promise<void> {
    const lockSeconds = this.env.LOGIN_LOCK_MINUTES * 60;
    for (const [limiter, key] of this.keys(address, email)) {
      const state = await this.limits.consume(limiter, key);
      if (state && (!state.allowed || state.remaining === 0)) {
        await this.limits.block(limiter, key, lockSeconds);
        throw refused(lockSeconds);
      }
    }
    const account = await this.limits.consume('loginFailuresByAccount', hashKey(email));
    const steps = Math.min(account?.consumed ?? 1, MAX_SLOWDOWN_STEPS);
    await sleep(this.env.LOGIN_SLOWDOWN_MS * steps);
  }

  async succeeded(address: string, email: string): Promise<void> {
    await this.limits.reset('loginFailuresByAccountAndAddress', `${hashKey(email)}:${address}`);
    await this.limits.reset('loginFailuresByAccount', hashKey(email));
  }

  private keys(address: string, email: string): [LimiterName, string][] {
    return [
      ['loginFailuresByAddress', address],
      ['loginFailuresByAccountAndAddress', `${hashKey(email)}:${address}`],
    ];
  }
}
