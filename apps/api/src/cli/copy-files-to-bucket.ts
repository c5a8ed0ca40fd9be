import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Env } from '../core/config/env';
import { copyStoredFiles, FileToCopy } from '../core/storage/copy-files';
import { LocalStorageDriver } from '../core/storage/local-storage.driver';
import { s3DriverFrom } from '../core/storage/storage-drivers';
import { openDataSource } from './cli-data-source';
import type { DataSource } from 'typeorm';

const STORAGE_VARIABLES = [
  'FILES_DIR',
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
];

/** The storage variables only (the command needs no JWT secret nor Redis); the bucket is the target whatever STORAGE_DRIVER says. */
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

/**
 * `pnpm storage:copy-to-bucket`: copies the files of FILES_DIR to the S3_* bucket under the same keys, checking each
 * SHA-256 (source and copy). Run it again after an interruption: it skips what is already there. Exit code 1 when a
 * file is missing or does not match its hash (listed by id).
 */
async function main() {
  const env = storageEnv(process.env);
  const dataSource = await openDataSource();
  const source = new LocalStorageDriver(env.FILES_DIR);
  const target = s3DriverFrom(env);
  let last = 0;
  const report = await copyStoredFiles(referencedFiles(dataSource), source, target, (r) => {
    const done = r.copied + r.alreadyThere + r.missing.length + r.mismatched.length;
    if (done - last >= 100) {
      last = done;
      console.log(`… ${done} fichier(s) traité(s)`);
    }
  });
  await dataSource.destroy();
  await target.close();
  console.log(
    `Copie vers le bucket ${env.S3_BUCKET} : ${report.copied} copié(s), ${report.alreadyThere} déjà présent(s) et identique(s), ` +
      `${report.missing.length} absent(s) du disque, ${report.mismatched.length} empreinte(s) différente(s).`,
  );
  if (report.missing.length) console.log(`Absents (id) : ${report.missing.join(', ')}`);
  if (report.mismatched.length) console.log(`Empreinte différente (id) : ${report.mismatched.join(', ')}`);
  if (report.missing.length || report.mismatched.length) process.exitCode = 1;
}

if (require.main === module)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
