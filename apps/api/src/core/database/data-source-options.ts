import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';

/**
 * Every `*.entity.ts` under src (`*.entity.js` under dist) is an entity: a module declares its tables by naming the
 * files so, and the platform imports none of them. The drift check uses the same list.
 */
export const ENTITY_GLOB = join(__dirname, '..', '..', '**', '*.entity.{ts,js}');

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [ENTITY_GLOB],
    migrations: MIGRATIONS,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    extra: { max: 10 },
  };
}
