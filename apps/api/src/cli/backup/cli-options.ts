import { resolve } from 'node:path';
import { Env } from '../../core/config/env';
import { LocalStorageDriver } from '../../core/storage/local-storage.driver';
import { StorageDriver } from '../../core/storage/storage-driver';
import { s3DriverFrom } from '../../core/storage/storage-drivers';
import { storageEnv } from '../storage-cli';
import { BackupError, ProofCheck } from './backup-archive';
import { PgToolError } from './pg-tools';

/**
 * The database and the file store the backup commands work on, read like the API reads them: FILES_DIR (same
 * default), or the S3_* bucket with STORAGE_DRIVER=s3.
 */
export function storageOptions(): { databaseUrl: string; store: StorageDriver } {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Configuration invalide : DATABASE_URL est manquante');
    process.exit(1);
  }
  if (process.env.STORAGE_DRIVER === 's3') return { databaseUrl, store: s3DriverFrom(storageEnv(process.env)) };
  return { databaseUrl, store: new LocalStorageDriver(fromCaller(process.env.FILES_DIR || new Env().FILES_DIR)) };
}

/** A path given on the command line, relative to where `pnpm …` was typed (pnpm runs the script in apps/api). */
export function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** One line per problem, ids only; true when every proof matches. */
export function reportProofs(check: ProofCheck): boolean {
  console.log(`Justificatifs vérifiés : ${check.checked}`);
  for (const id of check.missing) console.error(`  fichier absent : justificatif ${id}`);
  for (const id of check.mismatched) console.error(`  empreinte SHA-256 différente : justificatif ${id}`);
  const ok = check.missing.length === 0 && check.mismatched.length === 0;
  console.log(
    ok
      ? 'Tous les justificatifs correspondent à leur empreinte.'
      : `${check.missing.length} absent(s), ${check.mismatched.length} altéré(s).`,
  );
  return ok;
}

export function fail(error: unknown): never {
  const expected = error instanceof BackupError || error instanceof PgToolError || isConfigError(error);
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
}

const isConfigError = (error: unknown) => error instanceof Error && error.message.startsWith('Configuration invalide');
