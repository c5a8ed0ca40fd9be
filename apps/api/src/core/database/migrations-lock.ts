import { DataSource, DataSourceOptions, Migration } from 'typeorm';

/** Any constant: every Passerelle process migrating the same database takes this PostgreSQL advisory lock. */
const MIGRATION_LOCK_KEY = 7_420_013_011;

/**
 * Runs `work` while holding the migration lock, on a connection of its own without statement timeout (a long
 * migration must not be cut): N replicas starting together migrate one after the other, the later ones find nothing
 * left to do. The lock is a session lock, released if the process dies.
 */
async function underMigrationLock<T>(options: DataSourceOptions, work: (dataSource: DataSource) => Promise<T>) {
  const extra: Record<string, unknown> = { ...(options.extra as Record<string, unknown>), max: 2 };
  delete extra.statement_timeout;
  const dataSource = await new DataSource({
    ...options,
    extra,
    migrationsRun: false,
  } as DataSourceOptions).initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await work(dataSource);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

/** Applies the pending migrations, each in its own transaction, under the lock. */
export function migrateUnderLock(options: DataSourceOptions): Promise<Migration[]> {
  return underMigrationLock(options, (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
}

/** Reverts the last applied migration, under the lock; returns its name (null when none was applied). */
export function revertLastMigrationUnderLock(options: DataSourceOptions): Promise<string | null> {
  return underMigrationLock(options, async (dataSource) => {
    const [last] = await dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`).catch(() => []);
    if (!last) return null;
    await dataSource.undoLastMigration({ transaction: 'each' });
    return last.name as string;
  });
}
