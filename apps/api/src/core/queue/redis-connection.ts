import Redis, { Cluster, RedisOptions } from 'ioredis';
import type { Env } from '../config/env';

export type RedisEnv = Pick<Env, 'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME' | 'REDIS_CLUSTER_NODES'>;

/** Reconnects within 2 s of Redis coming back (BullMQ's own default waits up to 20 s between attempts). */
const retryStrategy = (times: number) => Math.min(200 * times, 2000);

/** ioredis options from a redis:// URL; BullMQ workers need maxRetriesPerRequest null. */
export function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy,
  };
}

const hostPorts = (list: string) =>
  list.split(',').map((item) => {
    const [host, port] = item.trim().split(':');
    return { host, port: Number(port) };
  });

/**
 * The connection BullMQ and the health check use: REDIS_URL alone, Sentinel (REDIS_SENTINELS: the sentinels
 * find the current master named REDIS_SENTINEL_NAME, REDIS_URL gives password, db and TLS) or Cluster
 * (REDIS_CLUSTER_NODES: seed nodes; one shared client, BullMQ duplicates it for its blocking connections).
 */
export function redisConnection(env: RedisEnv, overrides: RedisOptions = {}): RedisOptions | Cluster {
  const base = { ...redisOptions(env.REDIS_URL), ...overrides };
  if (env.REDIS_CLUSTER_NODES) {
    const { host: _host, port: _port, db: _db, ...nodeOptions } = base;
    return new Cluster(hostPorts(env.REDIS_CLUSTER_NODES), {
      redisOptions: nodeOptions,
      clusterRetryStrategy: retryStrategy,
      enableOfflineQueue: base.enableOfflineQueue,
    });
  }
  if (env.REDIS_SENTINELS) {
    const { host: _host, port: _port, ...rest } = base;
    return {
      ...rest,
      sentinels: hostPorts(env.REDIS_SENTINELS),
      name: env.REDIS_SENTINEL_NAME,
      sentinelPassword: base.password,
      sentinelRetryStrategy: retryStrategy,
    };
  }
  return base;
}

/** A client of its own (health check, dashboard tickets), with the same Sentinel or Cluster settings. */
export function createRedisClient(env: RedisEnv, overrides: RedisOptions = {}): Redis | Cluster {
  const connection = redisConnection(env, overrides);
  return connection instanceof Cluster ? connection : new Redis(connection);
}
