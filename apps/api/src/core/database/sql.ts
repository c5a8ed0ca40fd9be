import { StructureKind } from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';

/** Quotes a list of known identifiers (enum values) for an SQL IN list. */
export const sqlList = (values: readonly string[]): string =>
  values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** Escapes `\`, `%` and `_` so that user text is matched literally inside a LIKE / ILIKE pattern. */
export const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The structures of the given kinds, in a stable order: what a cron fans out to (one job each). */
export async function structureIdsOfKind(
  db: DataSource | EntityManager,
  kinds: readonly StructureKind[],
): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM structures WHERE kind = ANY($1) ORDER BY id`, [
    [...kinds],
  ]);
  return rows.map((row) => row.id);
}
