import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../src/core/queue/queues';
import { redisOptions } from '../src/core/queue/redis-connection';
import { referencedFiles, storageEnv } from '../src/cli/storage-cli';
import { copyStoredFiles, verifyStoredFiles } from '../src/core/storage/bulk-files';
import { FileStore } from '../src/core/storage/file-store';
import { LocalStorageDriver } from '../src/core/storage/local-storage.driver';
import { s3DriverFrom } from '../src/core/storage/storage-drivers';
import { STORAGE_DRIVER, StorageDriver } from '../src/core/storage/storage-driver';
import { S3TestServer } from './support/s3-server';
import { TestApp } from './support/test-app';

type Session = { token: string; structureId: string };
const sha = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** Reads a binary body into a Buffer. */
const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

const pdf = (body: string | Buffer = 'justificatif') =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(body), Buffer.from('\n%%EOF\n')]);

/** POST /files/proofs (multipart), as the web client sends it. */
const uploadProof = (t: TestApp, session: Session, lotId: string, file: Buffer, name: string, type: string) =>
  t
    .http()
    .post('/files/proofs')
    .set('authorization', `Bearer ${session.token}`)
    .field('lotId', lotId)
    .field('kind', 'SCAN')
    .attach('file', file, { filename: name, contentType: type });

async function keysOf(driver: StorageDriver): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of driver.list()) keys.push(object.key);
  return keys.sort();
}

const s3 = new S3TestServer();
beforeAll(() => s3.start());
afterAll(() => s3.stop());

describe.each(['local', 's3'] as const)('stored files on the %s driver', (driverName) => {
  let t: TestApp;
  let filesDir: string;
  let driver: StorageDriver;
  let cap: Session;
  let referent: Session;
  let insertionPlus: Session;
  let lot1: string;
  let sweepEvents: QueueEvents;

  const upload = (session: Session, file: Buffer, name: string, type: string) =>
    uploadProof(t, session, lot1, file, name, type);
  const download = (id: string, session: Session) =>
    t.http().get(`/files/proofs/${id}`).set('authorization', `Bearer ${session.token}`).buffer(true).parse(binary);
  const pendingCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM pending_files`))[0].n;
  const proofCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM proof_documents`))[0].n;

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
    t = await TestApp.start({ env: driverName === 's3' ? s3.env() : { FILES_DIR: filesDir } });
    driver = t.app.get(STORAGE_DRIVER);
    cap = await t.login('prestataire@cap-competences.test');
    referent = await t.login('referente@plie-lunel.test');
    insertionPlus = await t.login('prestataire@insertion-plus.test');
    [{ id: lot1 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );
    sweepEvents = new QueueEvents(STORAGE_QUEUE, {
      connection: redisOptions(t.env.REDIS_URL),
      prefix: t.env.QUEUE_PREFIX,
    });
    await sweepEvents.waitUntilReady();
  });
  afterAll(async () => {
    await sweepEvents.close();
    await t.app.get<Queue>(getQueueToken(STORAGE_QUEUE)).obliterate({ force: true });
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });
  afterEach(() => jest.restoreAllMocks());

  it('uploads through REST and downloads byte for byte, under a generated key, with its SHA-256 and safe headers', async () => {
    expect(driver.name).toBe(driverName);
    const content = pdf('Relevé de présence');
    const res = await upload(cap, content, 'Relevé "final"; v2.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ sha256: sha(content), size: content.length, mimeType: 'application/pdf' });
    const [row] = await t.dataSource.query(`SELECT "storagePath", "fileName" FROM proof_documents WHERE id = $1`, [
      res.body.id,
    ]);
    // The key is generated (month and id), never the client's name.
    expect(row.storagePath).toMatch(new RegExp(`^\\d{4}-\\d{2}/${res.body.id}\\.pdf$`));
    expect(row.fileName).toBe('Relevé "final"; v2.pdf');
    expect(await keysOf(driver)).toContain(row.storagePath);
    expect(await pendingCount()).toBe(0);

    // The operator of the lot reads it too.
    const got = await download(res.body.id, referent);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body, content)).toBe(0);
    expect(got.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'x-content-sha256': sha(content),
      'content-length': String(content.length),
    });
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Releve-final-v2.pdf"; filename*=UTF-8''Relev%C3%A9%20%22final%22%3B%20v2.pdf`,
    );
  });

  it('streams a 12 MB upload to storage (several parts in a bucket) and serves it back whole', async () => {
    const content = pdf(randomBytes(12 * 1024 * 1024));
    const res = await upload(cap, content, 'gros-scan.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body.sha256).toBe(sha(content));
    const got = await download(res.body.id, cap);
    expect(got.status).toBe(200);
    expect(got.body.length).toBe(content.length);
    expect(sha(got.body)).toBe(sha(content));
  });

  it('refuses disguised files from their content, with a French message, and stores nothing', async () => {
    const before = { keys: await keysOf(driver), proofs: await proofCount() };
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03'), randomBytes(2000)]);
    const disguised = await upload(cap, exe, 'facture.pdf.exe', 'application/pdf');
    expect(disguised.status).toBe(400);
    expect(disguised.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        file: expect.stringMatching(/^Type de fichier non accepté : son contenu n’est pas un document autorisé/),
      },
    });
    const html = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>');
    const asImage = await upload(cap, html, 'photo.png', 'image/png');
    expect(asImage.status).toBe(400);
    expect(asImage.body.fields.file).toBe(
      'Le contenu du fichier ne correspond pas au type annoncé (image/png) : formats acceptés : PDF, PNG, JPEG, tableur (.xlsx), courriel (.eml), texte ou CSV.',
    );
    const asText = await upload(cap, html, 'note.txt', 'text/plain');
    expect(asText.status).toBe(400);
    expect(asText.body.fields.file).toMatch(/n’est pas un texte brut/);
    // A real PNG declared as anything is taken for what it is.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const image = await upload(cap, png, 'capture', 'application/octet-stream');
    expect(image.status).toBe(201);
    expect(image.body).toMatchObject({ mimeType: 'image/png', fileName: 'capture.png' });

    expect(await proofCount()).toBe(before.proofs + 1);
    expect((await keysOf(driver)).length).toBe(before.keys.length + 1);
    expect(await pendingCount()).toBe(0);
  });

  it('refuses to serve a file whose bytes no longer match the recorded SHA-256, and alerts operations', async () => {
    const res = await upload(cap, pdf('original'), 'attestation.pdf', 'application/pdf');
    const [{ storagePath, structureId }] = await t.dataSource.query(
      `SELECT "storagePath", "structureId" FROM proof_documents WHERE id = $1`,
      [res.body.id],
    );
    await driver.write(storagePath, Readable.from([pdf('altéré!!')]));
    const alerts = jest.spyOn(PinoLogger.prototype, 'error');
    const got = await download(res.body.id, cap);
    expect(got.status).toBe(409);
    expect(JSON.parse(got.body.toString())).toEqual({
      code: 'CONFLICT',
      reason: 'FILE_INTEGRITY',
      message:
        'Fichier refusé : son contenu ne correspond plus à l’empreinte SHA-256 enregistrée au dépôt (fichier altéré). L’équipe d’exploitation a été alertée.',
    });
    expect(alerts).toHaveBeenCalledWith(
      {
        alert: 'FILE_INTEGRITY',
        proofId: res.body.id,
        structureId,
        participantId: null,
        key: storagePath,
        driver: driverName,
      },
      expect.any(String),
    );
  });

  it('answers a typed 404 "fichier introuvable" when the row exists but its file does not, and alerts operations', async () => {
    const res = await upload(cap, pdf('bientôt perdu'), 'perdu.pdf', 'application/pdf');
    const [{ storagePath }] = await t.dataSource.query(`SELECT "storagePath" FROM proof_documents WHERE id = $1`, [
      res.body.id,
    ]);
    await driver.remove(storagePath);
    const alerts = jest.spyOn(PinoLogger.prototype, 'error');
    const got = await download(res.body.id, referent);
    expect(got.status).toBe(404);
    expect(JSON.parse(got.body.toString())).toMatchObject({ code: 'NOT_FOUND', reason: 'FILE_MISSING' });
    expect(JSON.parse(got.body.toString()).message).toMatch(/^Fichier introuvable/);
    const [[logged, message]] = alerts.mock.calls as unknown as [Record<string, unknown>, string][];
    expect(logged).toMatchObject({ alert: 'FILE_MISSING', proofId: res.body.id, key: storagePath });
    expect(message).toBe('Operations alert: a stored file is missing');
    // Ids only: not the file's name.
    expect(JSON.stringify(logged)).not.toContain('perdu');
    // The row is untouched; a unknown id is the usual 404.
    expect(await proofCount()).toBeGreaterThan(0);
    expect((await download('00000000-0000-4000-8000-000000000000', referent)).status).toBe(404);
  });

  it('removes the file at once when the request fails after the upload, and keeps the size limit (413 in French)', async () => {
    const before = await keysOf(driver);
    const refused = await upload(insertionPlus, pdf('pas mon lot'), 'x.pdf', 'application/pdf');
    expect(refused.status).toBe(403);
    const tooBig = await upload(cap, pdf(Buffer.alloc(21 * 1024 * 1024, 0x20)), 'enorme.pdf', 'application/pdf');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.fields).toEqual({
      file: 'Le fichier est trop volumineux : il dépasse la taille maximale acceptée.',
    });
    expect(await keysOf(driver)).toEqual(before);
    expect(await pendingCount()).toBe(0);
  });

  it('sweeps the orphan a crash leaves between the write and the commit, and only it', async () => {
    const kept = await upload(cap, pdf('gardé'), 'garde.pdf', 'application/pdf');
    const before = await keysOf(driver);
    // The process "dies" after the file is written and before the row commits: no clean-up runs.
    jest.spyOn(FileStore.prototype, 'discard').mockResolvedValue();
    const crashed = await upload(insertionPlus, pdf('orphelin'), 'orphelin.pdf', 'application/pdf');
    expect(crashed.status).toBe(403);
    jest.restoreAllMocks();
    const [orphan] = (await keysOf(driver)).filter((key) => !before.includes(key));
    expect(orphan).toMatch(/^\d{4}-\d{2}\/[0-9a-f-]{36}\.pdf$/);
    expect(await t.dataSource.query(`SELECT key FROM pending_files`)).toEqual([{ key: orphan }]);

    // The hourly sweep (grace period shortened) deletes it; the committed file stays and still downloads.
    const queue = t.app.get<Queue>(getQueueToken(STORAGE_QUEUE));
    const job = await queue.add(SWEEP_ORPHAN_FILES_JOB, { graceMinutes: 0 });
    expect(await job.waitUntilFinished(sweepEvents, 30_000)).toEqual({ removed: 1 });
    expect(await keysOf(driver)).toEqual(before);
    expect(await pendingCount()).toBe(0);
    expect((await download(kept.body.id, cap)).status).toBe(200);

    // The sweep is scheduled every hour.
    expect((await queue.getJobSchedulers()).map((s) => [s.key, s.pattern, s.tz])).toEqual([
      [SWEEP_ORPHAN_FILES_JOB, '17 * * * *', 'Europe/Paris'],
    ]);
  });
});

describe('copying the files of a disk store to a bucket (storage:copy-to-bucket), and checking the bucket (verify-proofs)', () => {
  let t: TestApp;
  let filesDir: string;
  let cap: Session;
  const ids: string[] = [];

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
    t = await TestApp.start({ env: { FILES_DIR: filesDir } });
    cap = await t.login('prestataire@cap-competences.test');
    const [{ id: lotId }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );
    for (const [name, content, type] of [
      ['a.pdf', pdf('premier'), 'application/pdf'],
      ['b.txt', Buffer.from('Relance du 3 mars'), 'text/plain'],
      ['c.pdf', pdf(randomBytes(6 * 1024 * 1024)), 'application/pdf'],
    ] as const) {
      ids.push((await uploadProof(t, cap, lotId, content, name, type)).body.id);
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('copies every referenced file with its hash checked, resumes after an interruption and never copies twice', async () => {
    const source = new LocalStorageDriver(filesDir);
    const target = s3DriverFrom(storageEnv({ ...s3.env(), FILES_DIR: filesDir }));
    const keys: Record<string, string> = Object.fromEntries(
      (await t.dataSource.query(`SELECT id, "storagePath" FROM proof_documents`)).map(
        (r: { id: string; storagePath: string }) => [r.id, r.storagePath],
      ),
    );

    // Interrupted after the first file (a stopped command, a lost connection)…
    const interrupted = copyStoredFiles(referencedFiles(t.dataSource), source, target, () => {
      throw new Error('interrompu');
    });
    await expect(interrupted).rejects.toThrow('interrompu');
    // … then run again: it goes on from there.
    const resumed = await copyStoredFiles(referencedFiles(t.dataSource), source, target);
    expect(resumed).toEqual({ copied: 2, alreadyThere: 1, missing: [], mismatched: [] });
    expect(await copyStoredFiles(referencedFiles(t.dataSource), source, target)).toEqual({
      copied: 0,
      alreadyThere: 3,
      missing: [],
      mismatched: [],
    });
    // The bucket holds the same bytes under the same keys.
    for (const id of ids) {
      const [row] = await t.dataSource.query(`SELECT sha256 FROM proof_documents WHERE id = $1`, [id]);
      const chunks: Buffer[] = [];
      for await (const chunk of await target.read(keys[id])) chunks.push(chunk as Buffer);
      expect(sha(Buffer.concat(chunks))).toBe(row.sha256);
    }

    // A file altered on disk is not copied (and its wrong copy is not left in the bucket); a lost one is reported.
    const [a, , c] = ids;
    await target.remove(keys[a]);
    await target.remove(keys[c]);
    await source.remove(keys[a]);
    await source.write(keys[c], Readable.from([pdf('altéré')]));
    expect(await copyStoredFiles(referencedFiles(t.dataSource), source, target)).toEqual({
      copied: 0,
      alreadyThere: 1,
      missing: [a],
      mismatched: [c],
    });
    expect(await target.exists(keys[c])).toBe(false);

    // verify-proofs on the bucket (STORAGE_DRIVER=s3) names the same ids.
    await target.write(keys[c], Readable.from([pdf('altéré')]));
    expect(await verifyStoredFiles(referencedFiles(t.dataSource), target)).toEqual({
      checked: 3,
      missing: [a],
      mismatched: [c],
    });
    await target.close();
  });
});
