import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiProcess,
  createDatabase,
  describeWithRedisServer,
  distBuilt,
  freePort,
  RedisServer,
  REDIS_SERVER,
  seedDatabase,
  stackEnv,
} from './support/stack';

const HEADERS_TIMEOUT_MS = 2000;
const REQUEST_TIMEOUT_MS = 3000;

/** Sends a request line and headers, then trickles the body; resolves with what the server answered and when. */
function slowClient(port: number, options: { headersDone: boolean }): Promise<{ answer: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect({ host: '127.0.0.1', port });
    let answer = '';
    let timer: NodeJS.Timeout;
    socket.on('connect', () => {
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n');
      if (options.headersDone) socket.write('Content-Length: 100000\r\n\r\n{"query":"');
      timer = setInterval(() => socket.write(options.headersDone ? ' ' : 'X-Slow: 1\r\n'), 300);
    });
    socket.on('data', (data) => (answer += data.toString()));
    const done = () => {
      clearInterval(timer);
      resolve({ answer, ms: Date.now() - started });
    };
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
}

/** Configuration a deployment relies on: Redis through Sentinel, request and header time limits. */
describeWithRedisServer('Configuration: Redis through Sentinel; slow clients cut off', () => {
  let redis: RedisServer;
  let sentinel: ChildProcess;
  let sentinelPort: number;
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let api: ApiProcess;

  beforeAll(async () => {
    distBuilt();
    redis = await RedisServer.create();
    await redis.start();
    sentinelPort = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-sentinel-'));
    const config = join(dir, 'sentinel.conf');
    writeFileSync(
      config,
      [
        `port ${sentinelPort}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor passerelle-test 127.0.0.1 ${redis.port} 1`,
        'sentinel down-after-milliseconds passerelle-test 2000',
      ].join('\n'),
    );
    sentinel = spawn(REDIS_SERVER!, [config, '--sentinel'], { stdio: 'ignore' });
    database = await createDatabase();
    await seedDatabase(database.url);
    api = await ApiProcess.start(
      'main',
      stackEnv(database.url, 'redis://ignored-host:1', {
        REDIS_SENTINELS: `127.0.0.1:${sentinelPort}`,
        REDIS_SENTINEL_NAME: 'passerelle-test',
        HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await api?.kill9();
    sentinel?.kill('SIGKILL');
    await redis?.kill();
    await database?.drop();
  });

  it('finds Redis through the sentinels: queues connected, schedules registered', async () => {
    const health = await api.healthWhen((body) => body.status === 'ok', 20_000, '/health ok via Sentinel');
    expect(health.redis.status).toBe('up');
    expect(health.schedules.every((s: { registered: boolean }) => s.registered)).toBe(true);
  });

  it('cuts off a client that trickles its headers, or its body, once its time is up', async () => {
    const [headers, body] = await Promise.all([
      slowClient(api.port!, { headersDone: false }),
      slowClient(api.port!, { headersDone: true }),
    ]);
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(headers.ms).toBeLessThan(HEADERS_TIMEOUT_MS + 2500);
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 2500);
    // The server still answers everyone else.
    expect((await api.health()).status).toBe(200);
  });
});
