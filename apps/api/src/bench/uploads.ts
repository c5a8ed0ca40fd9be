import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { parseEnv } from '../core/config/env';
import { loadDemoData } from '../seed/demo-data';
import { DEMO_PASSWORD } from '../seed/demo-structures';

/**
 * `node apps/api/dist/bench/uploads.js` (after a build): BENCH_UPLOADS (10) concurrent uploads of BENCH_UPLOAD_MB
 * (19) MB each through the real REST endpoint (sent by curl), on the disk driver; prints the process's resident memory before and
 * at its peak during the uploads. Not a test: it prints, it asserts nothing.
 */
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 10);
const SIZE_MB = Number(process.env.BENCH_UPLOAD_MB ?? 19);

async function admin(sql: string) {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;

async function main() {
  const name = `passerelle_bench_${randomBytes(4).toString('hex')}`;
  const filesDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-files-'));
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const app = await createApp(
    parseEnv({
      DATABASE_URL: url.toString(),
      REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: name,
      FILES_DIR: filesDir,
    }),
  );
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    const [{ id: lotId }] = await dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        variables: { input: { email: 'prestataire@cap-competences.test', password: DEMO_PASSWORD } },
      }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    // The client runs in other processes (curl), so that only the API's memory is measured.
    const file = join(filesDir, 'upload.pdf');
    writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(SIZE_MB * 1024 * 1024)]));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const curl = (): Promise<string> =>
      new Promise((resolve, reject) =>
        execFile(
          'curl',
          [
            '-s',
            '-o',
            '/dev/null',
            '-w',
            '%{http_code}',
            '-H',
            `authorization: Bearer ${token}`,
            '-F',
            `lotId=${lotId}`,
            '-F',
            'kind=SCAN',
            '-F',
            `file=@${file};type=application/pdf`,
            `${base}/files/proofs`,
          ],
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      );
    const statuses = await Promise.all(Array.from({ length: UPLOADS }, curl));
    clearInterval(sampler);
    console.log(
      `${UPLOADS} envois simultanés de ${SIZE_MB} Mo (${statuses.filter((s) => s === '201').length} acceptés) en ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s ; mémoire résidente ${mb(before)} avant, ${mb(peak)} au plus haut ` +
        `(processus de l’API seul ; les envois partent de curl).`,
    );
  } finally {
    await app.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(filesDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
