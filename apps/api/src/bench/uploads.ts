import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../seed/demo-structures';
import { startBenchApp } from './bench-app';

/**
 * `node apps/api/dist/bench/uploads.js` (after a build): BENCH_UPLOADS (10) concurrent uploads of BENCH_UPLOAD_MB
 * (19) MB each through the real REST endpoint (sent by curl), on the disk driver; prints the process's resident memory before and
 * at its peak during the uploads. Not a test: it prints, it asserts nothing.
 */
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 10);
const SIZE_MB = Number(process.env.BENCH_UPLOAD_MB ?? 19);

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;

async function main() {
  const filesDir = mkdtempSync(join(tmpdir(), 'passerelle-bench-files-'));
  const { dataSource, base, stop } = await startBenchApp({ FILES_DIR: filesDir });
  try {
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
    await stop();
    rmSync(filesDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
