import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { libpqEnv, runPgTool } from './pg-tools';

/**
 * A backup is a folder: `database.dump` (pg_dump, custom format), `files/` (a copy of FILES_DIR) and `manifest.json`
 * with the SHA-256 and size of each, so that a restore first proves the copy is intact.
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
  database: ManifestEntry & { lastMigration: string | null };
  files: ManifestEntry[];
}

export interface ProofCheck {
  checked: number;
  /** Ids of proof documents whose file is absent. */
  missing: string[];
  /** Ids of proof documents whose file no longer matches the recorded SHA-256. */
  mismatched: string[];
}

export class BackupError extends Error {}

/** Streams a file into `target` (when given) while hashing it. */
async function hashFile(source: string, target?: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new PassThrough();
  tap.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  if (target) {
    await mkdir(dirname(target), { recursive: true });
    await pipeline(createReadStream(source), tap, createWriteStream(target, { flags: 'wx' }));
  } else {
    tap.resume();
    await pipeline(createReadStream(source), tap);
  }
  return { sha256: hash.digest('hex'), size };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

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

/** `pnpm backup`: dumps the database, copies the files, writes the manifest; then checks every proof's hash. */
export async function backup(options: {
  databaseUrl: string;
  filesDir: string;
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
  const filesDir = resolve(options.filesDir);
  const files: ManifestEntry[] = [];
  for (const path of await listFiles(filesDir)) {
    files.push({ path, ...(await hashFile(join(filesDir, path), join(out, FILES, path))) });
  }
  const manifest: BackupManifest = {
    format: 'passerelle-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    database,
    files,
  };
  await writeFile(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  return { manifest, proofs: await verifyProofs({ databaseUrl: options.databaseUrl, filesDir }) };
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
 * and the files into an empty FILES_DIR, then checks every proof's hash in the restored copy.
 */
export async function restore(options: { backupDir: string; databaseUrl: string; filesDir: string }): Promise<{
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
  const filesDir = resolve(options.filesDir);
  if (!(await isEmptyOrAbsent(filesDir))) throw new BackupError(`Le dossier ${filesDir} (FILES_DIR) n’est pas vide.`);
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
  for (const file of manifest.files) {
    const copied = await hashFile(join(root, FILES, file.path), join(filesDir, file.path));
    if (copied.sha256 !== file.sha256) throw new BackupError(`Copie altérée pendant la restauration : ${file.path}.`);
  }
  return { manifest, proofs: await verifyProofs({ databaseUrl: options.databaseUrl, filesDir }) };
}

/** `pnpm verify-proofs`: every stored proof document's file is present and matches its recorded SHA-256. */
export async function verifyProofs(options: { databaseUrl: string; filesDir: string }): Promise<ProofCheck> {
  const rows = await withClient(options.databaseUrl, async (client) => {
    const result = await client.query<{ id: string; storagePath: string; sha256: string }>(
      `SELECT id, "storagePath", sha256 FROM proof_documents ORDER BY "uploadedAt", id`,
    );
    return result.rows;
  });
  const root = resolve(options.filesDir);
  const check: ProofCheck = { checked: rows.length, missing: [], mismatched: [] };
  for (const row of rows) {
    const path = resolve(root, row.storagePath);
    const exists = path.startsWith(root + sep) && (await stat(path).catch(() => null))?.isFile();
    if (!exists) {
      check.missing.push(row.id);
      continue;
    }
    if ((await hashFile(path)).sha256 !== row.sha256) check.mismatched.push(row.id);
  }
  return check;
}
