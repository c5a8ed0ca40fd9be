import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SQL_SNAPSHOT_DIR, sqlSnapshots } from './sql-snapshots';

const committed = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? committed(join(dir, entry.name)) : [relative(SQL_SNAPSHOT_DIR, join(dir, entry.name))],
  );

describe('Committed SQL (run `pnpm sql:generate` after changing a *.sql.ts, and review the diff)', () => {
  const snapshots = sqlSnapshots();

  it('has one snapshot per *.sql.ts, and no stale one', () => {
    expect(committed(SQL_SNAPSHOT_DIR).sort()).toEqual([...snapshots.keys()].sort());
  });

  it.each([...snapshots.keys()])('apps/api/sql/%s is the SQL the code runs', (path) => {
    expect(readFileSync(join(SQL_SNAPSHOT_DIR, path), 'utf8')).toBe(snapshots.get(path));
  });

  it('includes the generated statements (GENERATE_SQL)', () => {
    expect(snapshots.get('modules/indicators/indicator-units.sql')).toContain('-- aggregatesSql (GENERATE_SQL)');
  });
});
