import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { redisOptions } from '../src/core/queue/redis-connection';
import { MAINTENANCE_QUEUE, PURGE_REFRESH_TOKENS_JOB } from '../src/core/queue/maintenance.queue';
import { TestApp } from './support/test-app';

describe('Maintenance queue on the real Redis', () => {
  let t: TestApp;
  let queue: Queue;
  beforeAll(async () => {
    t = await TestApp.start();
    queue = t.app.get(getQueueToken(MAINTENANCE_QUEUE));
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await t.close();
  });

  it('registers the nightly purge once, with retries and backoff', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: PURGE_REFRESH_TOKENS_JOB, pattern: '0 3 * * *', tz: 'Europe/Paris' }),
    ]);
    expect(queue.defaultJobOptions).toMatchObject({ attempts: 5, backoff: { type: 'exponential' } });
  });

  it('purges refresh tokens expired for more than a day, and keeps the others', async () => {
    const session = await t.login('directrice@ml-ales.test');
    const [user] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'directrice@ml-ales.test'`);
    const sessionId = randomUUID();
    await t.dataSource.query(
      `INSERT INTO auth_sessions (id, "userId", "expiresAt") VALUES ($2, $1, now() - interval '2 hours')`,
      [user.id, sessionId],
    );
    await t.dataSource.query(
      `INSERT INTO refresh_tokens ("userId", "sessionId", "tokenHash", "expiresAt") VALUES ($1, $2, 'x', now() - interval '3 days'), ($1, $2, 'y', now() - interval '2 hours')`,
      [user.id, sessionId],
    );
    const events = new QueueEvents(MAINTENANCE_QUEUE, {
      connection: redisOptions(t.env.REDIS_URL),
      prefix: t.env.QUEUE_PREFIX,
    });
    await events.waitUntilReady();
    const job = await queue.add(PURGE_REFRESH_TOKENS_JOB, {});
    const result = await job.waitUntilFinished(events, 15000);
    await events.close();

    expect(result).toEqual({ purged: 1 });
    const tokens = await t.dataSource.query(
      `SELECT "tokenHash" FROM refresh_tokens WHERE "userId" = $1 ORDER BY "tokenHash"`,
      [user.id],
    );
    expect(tokens.map((r: { tokenHash: string }) => r.tokenHash)).toEqual(expect.arrayContaining(['y']));
    expect(tokens.map((r: { tokenHash: string }) => r.tokenHash)).not.toContain('x');
    expect(session.refreshToken).toBeDefined();
  });
});
