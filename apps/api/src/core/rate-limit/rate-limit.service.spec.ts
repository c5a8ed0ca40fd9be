import { PinoLogger } from 'nestjs-pino';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseEnv } from '../config/env';
import { RateLimitService } from './rate-limit.service';

const logger = () => ({ setContext: jest.fn(), warn: jest.fn() }) as unknown as PinoLogger & { warn: jest.Mock };

const serviceOn = (redisUrl: string, log = logger()) =>
  new RateLimitService(
    parseEnv({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
      REDIS_URL: redisUrl,
      JWT_SECRET: 'x'.repeat(32),
      RATE_LIMIT_REDIS_TIMEOUT_MS: '150',
    }),
    log,
  );

/** A server that completes Redis's ready check (INFO) and then never answers again: a Redis that hangs. */
function hangingRedis(): Promise<Server> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    let ready = false;
    socket.on('data', (chunk) => {
      // Each command is a RESP array ("*<n>"); the client's hello (CLIENT SETINFO…) gets +OK until INFO.
      for (const command of chunk.toString().split(/^\*/m).filter(Boolean)) {
        if (ready) return;
        if (/\binfo\b/i.test(command)) {
          ready = true;
          const info = '# Server\r\nredis_version:7.2.0\r\nloading:0\r\n';
          socket.write(`$${Buffer.byteLength(info)}\r\n${info}\r\n`);
        } else socket.write('+OK\r\n');
      }
    });
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

describe('RateLimitService when Redis is unavailable', () => {
  it('lets the request through at once when Redis refuses connections, with one warning naming no key', async () => {
    const log = logger();
    const service = serviceOn('redis://127.0.0.1:1', log);
    try {
      const [state, ms] = await timed(() => service.consume('anonymous', '203.0.113.7'));
      expect(state).toBeNull();
      // No wait for a connection (connectTimeout is 2 s), nor for the command timeout.
      expect(ms).toBeLessThan(1000);
      expect(await service.consume('user', 'some-user-id')).toBeNull();
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(JSON.stringify(log.warn.mock.calls)).not.toMatch(/203\.0\.113\.7|some-user-id/);
    } finally {
      service.onModuleDestroy();
    }
  });

  it('does not wait on a Redis that stops answering longer than RATE_LIMIT_REDIS_TIMEOUT_MS', async () => {
    const server = await hangingRedis();
    const { port } = server.address() as AddressInfo;
    const service = serviceOn(`redis://127.0.0.1:${port}`);
    try {
      // Let the client finish its ready check, as a process running for a while would have.
      for (let waited = 0; !service.ready && waited < 5000; waited += 20) await sleep(20);
      expect(service.ready).toBe(true);
      const [state, ms] = await timed(() => service.consume('anonymous', '203.0.113.8'));
      expect(state).toBeNull();
      expect(ms).toBeGreaterThanOrEqual(100);
      expect(ms).toBeLessThan(1000);
    } finally {
      service.onModuleDestroy();
      server.close();
    }
  });
});
