import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { PinoLogger } from 'nestjs-pino';
import { createHash } from 'node:crypto';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Env } from '../config/env';
import { redisOptions } from '../queue/redis-connection';

export type LimiterName =
  | 'anonymous'
  | 'user'
  | 'apiKey'
  | 'loginFailuresByAddress'
  | 'loginFailuresByAccountAndAddress'
  | 'loginFailuresByAccount';

/** Where a counter stands after a request: enough for the `RateLimit-*` headers. */
export interface LimitState {
  limit: number;
  consumed: number;
  remaining: number;
  /** Seconds until the window (or the block) ends. */
  resetSeconds: number;
  allowed: boolean;
  windowSeconds: number;
}

/** Personal identifiers (e-mail addresses) are never stored in Redis as such. */
export const hashKey = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

const WARN_EVERY_MS = 30_000;

/**
 * Counters shared by every API process through Redis. Redis never makes a request wait or fail: commands time out
 * after RATE_LIMIT_REDIS_TIMEOUT_MS, are not queued while disconnected, and any error lets the request through
 * (fail open) with a warning that names the limiter only.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limiters: Record<LimiterName, RateLimiterRedis>;
  private lastWarning = 0;

  constructor(
    private readonly env: Env,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(RateLimitService.name);
    this.redis = new Redis({
      ...redisOptions(env.REDIS_URL),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: env.RATE_LIMIT_REDIS_TIMEOUT_MS,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.redis.on('error', (error: Error) => this.warn('connection', error));
    const lockSeconds = env.LOGIN_LOCK_MINUTES * 60;
    const make = (name: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        rejectIfRedisNotReady: true,
        keyPrefix: `${env.QUEUE_PREFIX}:rate-limit:${name}`,
        points,
        duration,
        blockDuration,
      });
    this.limiters = {
      anonymous: make('anonymous', env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, 60),
      user: make('user', env.RATE_LIMIT_USER_PER_MINUTE, 60),
      apiKey: make('apiKey', env.RATE_LIMIT_API_KEY_PER_MINUTE, 60),
      loginFailuresByAddress: make('login-address', env.LOGIN_MAX_FAILURES_PER_ADDRESS, lockSeconds, lockSeconds),
      loginFailuresByAccountAndAddress: make('login-pair', env.LOGIN_MAX_ATTEMPTS, lockSeconds, lockSeconds),
      // Never refuses (that would let anyone lock a person out): its count only slows further attempts down.
      loginFailuresByAccount: make('login-account', 1_000_000, 3600),
    };
  }

  /** Connected to Redis (until then, and whenever the connection drops, requests pass unlimited). */
  get ready(): boolean {
    return this.redis.status === 'ready';
  }

  /** Counts one request; null when Redis could not answer (the caller lets the request through). */
  async consume(name: LimiterName, key: string, points = 1): Promise<LimitState | null> {
    const limiter = this.limiters[name];
    try {
      return this.state(limiter, await limiter.consume(key, points), true);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return this.state(limiter, outcome, false);
      this.warn(name, outcome);
      return null;
    }
  }

  /** Reads a counter without counting; null when nothing is counted yet or Redis could not answer. */
  async peek(name: LimiterName, key: string): Promise<LimitState | null> {
    const limiter = this.limiters[name];
    try {
      const res = await limiter.get(key);
      return res ? this.state(limiter, res, res.consumedPoints <= limiter.points) : null;
    } catch (error) {
      this.warn(name, error);
      return null;
    }
  }

  /** Refuses the key for `seconds`, whatever its count. */
  async block(name: LimiterName, key: string, seconds: number): Promise<void> {
    try {
      await this.limiters[name].block(key, seconds);
    } catch (error) {
      this.warn(name, error);
    }
  }

  async reset(name: LimiterName, key: string): Promise<void> {
    try {
      await this.limiters[name].delete(key);
    } catch (error) {
      this.warn(name, error);
    }
  }

  private state(limiter: RateLimiterRedis, res: RateLimiterRes, allowed: boolean): LimitState {
    return {
      limit: limiter.points,
      consumed: res.consumedPoints,
      remaining: Math.max(0, res.remainingPoints),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
      allowed,
      windowSeconds: limiter.duration,
    };
  }

  /** At most one line every 30 s while Redis is unreachable; the limiter's name, never the key (ids, addresses). */
  private warn(limiter: string, error: unknown): void {
    if (Date.now() - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = Date.now();
    this.logger.warn(
      { limiter, error: error instanceof Error ? error.message : String(error) },
      'Rate limiting unavailable (Redis): requests pass unlimited',
    );
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
