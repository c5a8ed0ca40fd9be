import { Job, Queue } from 'bullmq';
import { Client } from 'pg';
import { REPORTS_QUEUE } from '../../src/core/queue/queues';
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

const REQUEST = `mutation { requestReport(input: { kind: FINAL, year: 2023 }) { id state } }`;
const JOB = `query($id: ID!) { reportJob(id: $id) { state progress reportId failedReason } }`;

/**
 * The process running a report job is killed (-9) twice while the job is in progress (held on a table lock the test
 * takes, so the crash lands mid-job); a third process finishes it, once.
 */
describe('Faults: the API killed (-9) twice during a report job', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let env: Record<string, string>;
  let queue: Queue;
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    distBuilt();
    database = await createDatabase();
    await seedDatabase(database.url);
    env = stackEnv(database.url, SHARED_REDIS_URL, { JOBS_LOCK_MS: '1500' });
    queue = new Queue(REPORTS_QUEUE, { connection: redisOptions(SHARED_REDIS_URL), prefix: env.QUEUE_PREFIX });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill9()));
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await database?.drop();
  });

  const start = async () => {
    const api = await ApiProcess.start('main', env);
    processes.push(api);
    return api;
  };
  const activeFor = (id: string, attempt: number) =>
    eventually(
      async () => {
        const job = await Job.fromId(queue, id);
        return job && job.attemptsStarted >= attempt && (await job.getState()) === 'active';
      },
      30_000,
      `tâche active (démarrage n° ${attempt})`,
    );

  it('takes the job back after each crash and completes it exactly once', async () => {
    const lock = new Client({ connectionString: database.url });
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE reports IN SHARE MODE');

    let api = await start();
    const coordinator = await api.login('coordination@mlife-amiens.test');
    const requested = await api.gql(REQUEST, {}, coordinator);
    const id: string = requested.body.data.requestReport.id;

    await activeFor(id, 1);
    await api.kill9();
    api = await start();
    await activeFor(id, 2);
    await api.kill9();
    api = await start();
    await activeFor(id, 3);
    await lock.query('COMMIT');
    await lock.end();

    const job = await eventually(
      async () => {
        const found = await Job.fromId(queue, id);
        return found && (await found.getState()) === 'completed' ? found : null;
      },
      30_000,
      'tâche terminée',
    );
    expect(job.stalledCounter).toBe(2);
    const reports = await adminQuery<{ id: string }>(
      database.url,
      `SELECT id FROM reports WHERE kind = 'FINAL' AND "periodStart" = '2023-01-01' AND "structureId" = $1`,
      [coordinator.structureId],
    );
    expect(reports).toHaveLength(1);
    expect(job.returnvalue).toMatchObject({ reportId: reports[0].id });
    const notified = await adminQuery<{ userId: string; count: number }>(
      database.url,
      `SELECT "userId", count(*)::int AS count FROM notifications WHERE link = $1 GROUP BY "userId"`,
      [`/bilans/${reports[0].id}`],
    );
    expect(notified.length).toBeGreaterThan(0);
    expect(notified.every((row) => row.count === 1)).toBe(true);

    const status = (await api.gql(JOB, { id }, coordinator)).body.data.reportJob;
    expect(status).toEqual({ state: 'completed', progress: 100, reportId: reports[0].id, failedReason: null });
  });
});
