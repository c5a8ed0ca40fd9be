import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';

/**
 * Every `*.entity.ts` under src (`*.entity.js` under dist) is an entity: a module declares its tables by naming the
 * files so, and the platform imports none of them. The drift check uses the same list.
 */
export const ENTITY_GLOB = join(__dirname, '..', '..', '**', '*.entity.{ts,js}');

/** Connection settings (see the README): pool size and timeouts fit PgBouncer and managed PostgreSQL. */
export interface PoolSettings {
  DATABASE_POOL_SIZE: number;
  DATABASE_CONNECT_TIMEOUT_MS: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  DATABASE_POOL_SIZE: 10,
  DATABASE_CONNECT_TIMEOUT_MS: 5000,
  DATABASE_STATEMENT_TIMEOUT_MS: 60000,
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 60000,
};

export function dataSourceOptions(url: string, pool: PoolSettings = DEFAULT_POOL_SETTINGS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [ENTITY_GLOB],
    migrations: MIGRATIONS,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    // node-postgres pool: a request waits at most DATABASE_CONNECT_TIMEOUT_MS for a connection (0 = forever, its
    // default); the session timeouts are sent at connection (0 = the server's own setting).
    extra: {
      max: pool.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: pool.DATABASE_CONNECT_TIMEOUT_MS,
      ...(pool.DATABASE_STATEMENT_TIMEOUT_MS ? { statement_timeout: pool.DATABASE_STATEMENT_TIMEOUT_MS } : {}),
      ...(pool.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS
        ? { idle_in_transaction_session_timeout: pool.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS }
        : {}),
    },
  };
}
