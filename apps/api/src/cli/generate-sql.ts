import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SQL_SNAPSHOT_DIR, sqlSnapshots } from './sql-snapshots';

/** `pnpm sql:generate`: rewrites apps/api/sql from every `*.sql.ts` (a test fails while they differ). */
rmSync(SQL_SNAPSHOT_DIR, { recursive: true, force: true });
for (const [path, content] of sqlSnapshots()) {
  const target = join(SQL_SNAPSHOT_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`SQL générée dans ${SQL_SNAPSHOT_DIR}`);
