import { CREATE_APP_ROLE_SQL, GRANT_APP_ROLE_SQL } from '../../core/database/row-scope';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { pipeline } from 'node:stream';
import { Client } from 'pg';
import { verifyStoredFiles, VerifyReport } from '../../core/storage/bulk-files';
import { HashingStream } from '../../core/storage/hashing-stream';
import { LocalStorageDriver } from '../../core/storage/local-storage.driver';
import { S3StorageDriver } from '../../core/storage/s3-storage.driver';
import { StorageDriver } from '../../core/storage/storage-driver';
import { libpqEnv, runPgTool } from './pg-tools';

/**
 * A backup is a folder: `database.dump` (pg_dump, custom format), `files/` (a copy of every stored file, from FILES_DIR
 * or from the S3 bucket, under its key) and `manifest.json` with the SHA-256 and size of each, so that a restore first
 * proves the copy is intact. A backup taken from a bucket restores onto a disk and the other way round.
 */
export const MANIFEST = 'manifest.json';
const DUMP = 'database.dump';
const FILES = 'files';

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'passerelle-backup';
  version: 1;
  createdAt: string;
  /** Where the files came from (informative: any backup restores onto either). */
  storage?: StorageDriver['name'];
  database: ManifestEntry & { lastMigration: string | null };
  files: ManifestEntry[];
}

/** Proof documents checked against their recorded SHA-256: ids of the absent and of the altered ones. */
export type ProofCheck = VerifyReport;

export class BackupError extends Error {}

/** Streams `source` into the file `target` (when given) while hashing it. */
async function hashStream(source: Readable, target?: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new PassThrough();
  tap.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  if (target) {
    await mkdir(dirname(target), { recursive: true });
    await pipelineAsync(source, tap, createWriteStream(target, { flags: 'wx' }));
  } else {
    tap.resume();
    await pipelineAsync(source, tap);
  }
  return { sha256: hash.digest('hex'), size };
}

const hashFile = (source: string) => hashStream(createReadStream(source));

async function isEmptyOrAbsent(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length === 0;
}

async function withClient<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * `pnpm backup`: dumps the database, copies every object of the file store (FILES_DIR or the bucket), writes the
 * manifest; then checks every proof's hash in the store.
 */
export async function backup(options: {
  databaseUrl: string;
  store: StorageDriver;
  out: string;
}): Promise<{ manifest: BackupManifest; proofs: ProofCheck }> {
  const out = resolve(options.out);
  if (!(await isEmptyOrAbsent(out))) throw new BackupError(`Le dossier de sauvegarde ${out} n’est pas vide.`);
  await mkdir(out, { recursive: true });
  const lastMigration = await withClient(options.databaseUrl, async (client) => {
    const rows = await client.query(`SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`).catch(() => null);
    return (rows?.rows[0]?.name as string | undefined) ?? null;
  });
  await runPgTool(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-acl', `--file=${join(out, DUMP)}`],
    options.databaseUrl,
  );
  const database = { path: DUMP, ...(await hashFile(join(out, DUMP))), lastMigration };
  const keys: string[] = [];
  for await (const object of options.store.list()) keys.push(object.key);
  const files: ManifestEntry[] = [];
  for (const path of keys.sort()) {
    files.push({ path, ...(await hashStream(await options.store.read(path), join(out, FILES, path))) });
  }
  const manifest: BackupManifest = {
    format: 'passerelle-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    storage: options.store.name,
    database,
    files,
  };
  await writeFile(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return { manifest, proofs: await verifyProofs({ databaseUrl: options.databaseUrl, store: options.store }) };
}

/** Every entry of the manifest is present in the backup with its size and SHA-256; lists what is not. */
export async function verifyBackup(dir: string): Promise<{ manifest: BackupManifest; damaged: string[] }> {
  const root = resolve(dir);
  const manifest = JSON.parse(await readFile(join(root, MANIFEST), 'utf8').catch(() => 'null')) as BackupManifest;
  if (manifest?.format !== 'passerelle-backup' || manifest.version !== 1)
    throw new BackupError(`${root} n’est pas une sauvegarde de Passerelle (manifest.json absent ou inconnu).`);
  const damaged: string[] = [];
  const entries = [manifest.database, ...manifest.files.map((file) => ({ ...file, path: `${FILES}/${file.path}` }))];
  for (const entry of entries) {
    const actual = await hashFile(join(root, entry.path)).catch(() => null);
    if (!actual || actual.sha256 !== entry.sha256 || actual.size !== entry.size) damaged.push(entry.path);
  }
  return { manifest, damaged };
}

/**
 * `pnpm restore <dossier>`: checks the backup against its manifest, restores the database into an EMPTY database
 * and the files into an empty file store (FILES_DIR or bucket), then checks every proof's hash in the restored copy.
 */
export async function restore(options: { backupDir: string; databaseUrl: string; store: StorageDriver }): Promise<{
  manifest: BackupManifest;
  proofs: ProofCheck;
}> {
  const root = resolve(options.backupDir);
  const { manifest, damaged } = await verifyBackup(root);
  if (damaged.length)
    throw new BackupError(`Sauvegarde altérée, rien n’est restauré : ${damaged.length} fichier(s) (${damaged[0]}…).`);
  const tables = await withClient(options.databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return rows[0].n as number;
  });
  if (tables > 0) throw new BackupError('La base cible n’est pas vide : restaurez dans une base neuve.');
  for await (const object of options.store.list())
    throw new BackupError(
      `Le stockage de fichiers cible (${describeStore(options.store)}) n’est pas vide (${object.key}…) : ` +
        'restaurez dans un dossier ou un bucket vide.',
    );
  // The row-level security role: named by the restored policies, its privileges not in a `--no-acl` dump.
  await withClient(options.databaseUrl, (client) => client.query(CREATE_APP_ROLE_SQL));
  await runPgTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-acl',
      '--exit-on-error',
      '--single-transaction',
      // The name only: host, user and password travel in libpq's variables, never on the command line.
      `--dbname=${libpqEnv(options.databaseUrl).PGDATABASE}`,
      join(root, DUMP),
    ],
    options.databaseUrl,
  );
  await withClient(options.databaseUrl, (client) => client.query(GRANT_APP_ROLE_SQL));
  for (const file of manifest.files) {
    const hashing = new HashingStream();
    // The store checks the key (no path outside the store, whatever the manifest says).
    await options.store.write(
      file.path,
      pipeline(createReadStream(join(root, FILES, file.path)), hashing, () => undefined),
    );
    if (hashing.digest() !== file.sha256 || hashing.byteCount !== file.size)
      throw new BackupError(`Copie altérée pendant la restauration : ${file.path}.`);
  }
  return { manifest, proofs: await verifyProofs({ databaseUrl: options.databaseUrl, store: options.store }) };
}

/** `pnpm verify-proofs`: every stored proof document's file is present and matches its recorded SHA-256 and size. */
export async function verifyProofs(options: { databaseUrl: string; store: StorageDriver }): Promise<ProofCheck> {
  const rows = await withClient(options.databaseUrl, async (client) => {
    const result = await client.query<{ id: string; key: string; sha256: string; size: number }>(
      `SELECT id, "storagePath" AS key, sha256, size FROM proof_documents ORDER BY "uploadedAt", id`,
    );
    return result.rows;
  });
  return verifyStoredFiles(Readable.from(rows), options.store);
}

function describeStore(store: StorageDriver): string {
  if (store instanceof S3StorageDriver) return `bucket ${store.bucket}`;
  return store instanceof LocalStorageDriver ? `dossier ${store.root}` : store.name;
}
