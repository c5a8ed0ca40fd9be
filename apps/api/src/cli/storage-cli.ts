import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Env } from '../core/config/env';
import type { FileToCopy } from '../core/storage/bulk-files';

const STORAGE_VARIABLES = [
  'FILES_DIR',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
];

/** The storage variables only (the storage commands need no JWT secret nor Redis), for the bucket whatever STORAGE_DRIVER says. */
export function storageEnv(source: NodeJS.ProcessEnv): Env {
  const values = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Env, { ...values, STORAGE_DRIVER: 's3' }, { exposeDefaultValues: true });
  const errors = validateSync(env).filter((error) => STORAGE_VARIABLES.includes(error.property));
  if (!env.S3_BUCKET) throw new Error('Configuration invalide : S3_BUCKET est manquante');
  if (errors.length)
    throw new Error(
      `Configuration invalide : ${errors.map((e) => `${e.property} ${Object.values(e.constraints ?? {})[0]}`).join(' ; ')}`,
    );
  return env;
}

/** Every stored file the database references, by id (keyset pages, so memory stays flat whatever the count). */
export async function* referencedFiles(dataSource: DataSource): AsyncIterable<FileToCopy> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: FileToCopy[] = await dataSource.query(
      `SELECT id, "storagePath" AS key, sha256, size FROM proof_documents WHERE id > $1 ORDER BY id LIMIT 500`,
      [after],
    );
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}
