import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the generated SQL is committed: one `.sql` file per `*.sql.ts`, same path under apps/api/sql. */
export const SQL_SNAPSHOT_DIR = join(__dirname, '..', '..', 'sql');
const SRC = join(__dirname, '..');

/**
 * Statements a `*.sql.ts` builds from arguments: it lists them with sample arguments in `GENERATE_SQL`, in the spirit
 * of immich's `@GenerateSql`, so that their text is snapshotted too.
 */
export type GenerateSql = Record<string, () => string>;

function sqlSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sqlSources(path);
    return /\.sql\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const statement = (name: string, sql: string) => `-- ${name}\n${sql.trim()};\n`;

const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b));

/**
 * Every statement text of one `*.sql.ts` module, by name (compilers order exports differently): exported strings
 * (and records of strings), then `GENERATE_SQL`.
 */
function render(exports: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of sorted(exports)) {
    if (typeof value === 'string') parts.push(statement(name, value));
    else if (name !== 'GENERATE_SQL' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, sql] of sorted(value as Record<string, unknown>))
        if (typeof sql === 'string') parts.push(statement(`${name}.${key}`, sql));
    }
  }
  for (const [name, build] of sorted((exports.GENERATE_SQL ?? {}) as GenerateSql)) {
    parts.push(statement(`${name} (GENERATE_SQL)`, build()));
  }
  return parts.join('\n');
}

/** Snapshot path (relative to SQL_SNAPSHOT_DIR) → its content, for every `*.sql.ts` under src (or dist). */
export function sqlSnapshots(): Map<string, string> {
  const snapshots = new Map<string, string>();
  for (const file of sqlSources(SRC).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const content = render(require(file));
    if (content) snapshots.set(relative(SRC, file).replace(/\.sql\.(ts|js)$/, '.sql'), content);
  }
  return snapshots;
}
