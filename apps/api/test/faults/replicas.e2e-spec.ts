import { Job, Queue } from 'bullmq';
import { MIGRATIONS } from '../../src/migrations';
import { ALL_QUEUES } from '../../src/core/queue/queues';
import { redisOptions } from '../../src/core/queue/redis-connection';
import {
  adminQuery,
  ApiProcess,
  createDatabase,
  distBuilt,
  eventually,
  seedDatabase,
  SHARED_REDIS_URL,
  stackEnv,
} from './support/stack';

const ME = `{ me { id email } }`;
const REFRESH = `mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;

/**
 * The scaled-out deployment: two API replicas (JOBS_ENABLED=false) and one worker, started together on an empty
 * database and one Redis.
 */
describe('Scaling out: 2 API replicas and 1 worker on one database and one Redis', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let env: Record<string, string>;
  let apis: ApiProcess[];
  let worker: ApiProcess;
  let queues: Queue[];

  beforeAll(async () => {
    distBuilt();
    database = await createDatabase();
    env = stackEnv(database.url, SHARED_REDIS_URL);
    queues = ALL_QUEUES.map(
      (name) => new Queue(name, { connection: redisOptions(SHARED_REDIS_URL), prefix: env.QUEUE_PREFIX }),
    );
    // All three migrate at start-up, at the same time, on an empty database.
    [apis, worker] = await Promise.all([
      Promise.all([
        ApiProcess.start('main', { ...env, JOBS_ENABLED: 'false' }),
        ApiProcess.start('main', { ...env, JOBS_ENABLED: 'false' }),
      ]),
      ApiProcess.start('worker', env),
    ]);
    await seedDatabase(database.url);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...(apis ?? []), worker].filter(Boolean).map((p) => p.kill9()));
    await Promise.all(queues.map((q) => q.obliterate({ force: true }).catch(() => undefined)));
    await Promise.all(queues.map((q) => q.close()));
    await database?.drop();
  });

  it('migrates once under the lock although three processes start together', async () => {
    const applied = await adminQuery<{ name: string; count: number }>(
      database.url,
      `SELECT name, count(*)::int AS count FROM migrations GROUP BY name`,
    );
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(applied.every((row) => row.count === 1)).toBe(true);
    for (const proc of [...apis, worker]) {
      expect(proc.running).toBe(true);
      expect(proc.stderr.filter((line) => /duplicate key|QueryFailedError/.test(line))).toEqual([]);
    }
  });

  it('keeps a session across replicas: signed in on one, used and renewed on the other', async () => {
    const session = await apis[0].login('coordination@mlife-amiens.test');
    expect((await apis[1].gql(ME, {}, session)).body.data.me.email).toBe('coordination@mlife-amiens.test');
    const renewed = await apis[1].gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(renewed.body.errors).toBeUndefined();
    const next = { token: renewed.body.data.refreshSession.accessToken };
    expect((await apis[0].gql(ME, {}, next)).body.data.me.email).toBe('coordination@mlife-amiens.test');
  });

  it('has the worker run the jobs without an HTTP port, and each scheduled job once', async () => {
    expect(worker.port).toBeNull();
    expect(worker.stdout.some((line) => line.includes('API prête'))).toBe(false);
    const health = await eventually(
      async () => {
        const { body } = await apis[1].health();
        return body.status === 'ok' ? body : null;
      },
      20_000,
      'planifications visibles depuis une réplique',
    );
    expect(health.schedules).toHaveLength(4);

    // Every scheduler exists once; its next occurrence is brought forward and runs once, on the worker.
    const schedulers = (await Promise.all(queues.map((q) => q.getJobSchedulers()))).flat();
    expect(schedulers.map((s) => s.key).sort()).toEqual([
      'flag-retention',
      'prepare-scheduled-reports',
      'purge-expired-refresh-tokens',
      'send-reminders',
    ]);
    const runs: Job[] = [];
    for (const queue of queues) {
      for (const delayed of await queue.getDelayed()) {
        await delayed.promote();
        runs.push(delayed);
      }
    }
    expect(runs).toHaveLength(4);
    for (const run of runs) {
      await eventually(async () => (await run.getState()) === 'completed', 30_000, `tâche ${run.name}`);
    }
    for (const queue of queues) {
      const completed = (await queue.getCompleted()).filter((job) => job.repeatJobKey);
      expect(completed.map((job) => job.name).length).toBe(new Set(completed.map((job) => job.name)).size);
      // The next occurrence is planned once.
      expect((await queue.getDelayed()).length).toBe((await queue.getJobSchedulers()).length);
    }
  });
});
