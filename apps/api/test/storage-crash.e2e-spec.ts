import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORAGE_QUEUE, SWEEP_ORPHAN_FILES_JOB } from '../src/core/queue/queues';
import { redisOptions } from '../src/core/queue/redis-connection';
import { TestApp } from './support/test-app';

const main = join(__dirname, '..', 'dist', 'main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.pdf/.test(f)) : [];

/**
 * The built server (dist/main.js, as in production) is killed with SIGKILL in the middle of an upload: the file is
 * half-written and its row never committed. The hourly sweep, run from another process on the same database and
 * store, leaves nothing behind.
 */
(existsSync(main) ? describe : describe.skip)('an API process killed during an upload', () => {
  let t: TestApp;
  let filesDir: string;
  let child: ChildProcess | undefined;
  let events: QueueEvents;

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
    t = await TestApp.start({ env: { FILES_DIR: filesDir } });
    events = new QueueEvents(STORAGE_QUEUE, { connection: redisOptions(t.env.REDIS_URL), prefix: t.env.QUEUE_PREFIX });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await events.close();
    await t.app.get<Queue>(getQueueToken(STORAGE_QUEUE)).obliterate({ force: true });
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('leaves an orphan that the sweep removes, half-written file included', async () => {
    const port = await freePort();
    child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: t.env.DATABASE_URL,
        REDIS_URL: t.env.REDIS_URL,
        JWT_SECRET: t.env.JWT_SECRET,
        QUEUE_PREFIX: `${t.env.QUEUE_PREFIX}-child`,
        RUN_MIGRATIONS: 'false',
        JOBS_ENABLED: 'false',
        LOG_LEVEL: 'silent',
        FILES_DIR: filesDir,
      },
      stdio: 'ignore',
    });
    await until('the child API', () =>
      fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.status > 0,
        () => false,
      ),
    );
    const cap = await t.login('prestataire@cap-competences.test');
    const [{ id: lotId }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );

    // A multipart upload whose body stops half-way: the server streams what it got to storage.
    const boundary = 'passerelle-crash-test';
    const upload = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/files/proofs',
      headers: {
        authorization: `Bearer ${cap.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
      },
    });
    upload.on('error', () => undefined);
    upload.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="lotId"\r\n\r\n${lotId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nSCAN\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    upload.write(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(512 * 1024, 0x20)]));

    const [{ key }] = await until('the upload journaled', async () => {
      const rows: { key: string }[] = await t.dataSource.query(`SELECT key FROM pending_files`);
      return rows.length > 0 && rows;
    });
    await until('bytes on disk', async () => filesUnder(filesDir).length > 0);
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    upload.destroy();

    // What the crash left: a journaled, half-written file and no row.
    const left = filesUnder(filesDir).map((file) => file.replace(/\\/g, '/'));
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((file) => file.startsWith(`${key}.partial-`))).toBe(true);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM proof_documents`))[0].n).toBe(0);

    const queue = t.app.get<Queue>(getQueueToken(STORAGE_QUEUE));
    const job = await queue.add(SWEEP_ORPHAN_FILES_JOB, { graceMinutes: 0 });
    expect(await job.waitUntilFinished(events, 30_000)).toEqual({ removed: 1 });
    expect(filesUnder(filesDir)).toEqual([]);
    expect(await t.dataSource.query(`SELECT key FROM pending_files`)).toEqual([]);
  });
});
