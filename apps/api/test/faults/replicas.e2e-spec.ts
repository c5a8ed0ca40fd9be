import { Job, Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { S3TestServer } from '../support/s3-server';
import { MIGRATIONS } from '../../src/migrations';
import { ALL_QUEUES } from '../../src/core/queue/queues';
import { redisOptions } from '../../src/core/queue/redis-connection';
import {
  adminQuery,
  ApiProcess,
  createDatabase,
  distBuilt,
  eventually,
  SCHEDULE_NAMES,
  seedDatabase,
  SHARED_REDIS_URL,
  stackEnv,
} from './support/stack';

const ME = `{ me { id email } }`;

/**
 * The scaled-out deployment: two API replicas (JOBS_ENABLED=false) and one worker, started together on an empty
 * database, one Redis and one S3 bucket.
 */
describe('Scaling out: 2 API replicas and 1 worker on one database, one Redis, one bucket', () => {
  const s3 = new S3TestServer();
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let env: Record<string, string>;
  let apis: ApiProcess[];
  let worker: ApiProcess;
  let queues: Queue[];

  beforeAll(async () => {
    distBuilt();
    database = await createDatabase();
    await s3.start();
    env = stackEnv(database.url, SHARED_REDIS_URL, s3.env());
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
    await s3.stop();
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
    const renewed = await apis[1].refresh(session.refreshToken);
    expect(renewed.status).toBe(200);
    const next = { token: renewed.accessToken! };
    expect((await apis[0].gql(ME, {}, next)).body.data.me.email).toBe('coordination@mlife-amiens.test');
  });

  it('downloads through one replica a file uploaded through the other', async () => {
    const referent = await apis[0].login('referente@plie-lunel.test');
    const created = await apis[0].gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { lastName: 'Répliques', firstName: 'Camille', sex: 'FEMALE', birthDate: '1995-05-05' } },
      referent,
    );
    const participantId = created.body.data.createParticipant.id;
    const content = Buffer.from('%PDF-1.4\nCV de Camille Répliques\n%%EOF');
    const form = new FormData();
    form.append('kind', 'CV');
    form.append('file', new Blob([content], { type: 'application/pdf' }), 'cv.pdf');
    const uploaded = await fetch(`${apis[0].url}/files/participants/${participantId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${referent.token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { downloadPath } = (await uploaded.json()) as { downloadPath: string };
    const downloaded = await fetch(`${apis[1].url}${downloadPath}`, {
      headers: { authorization: `Bearer ${referent.token}` },
    });
    expect(downloaded.status).toBe(200);
    const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
    expect(sha(Buffer.from(await downloaded.arrayBuffer()))).toBe(sha(content));
  });

  it('has the worker run the jobs without an HTTP port, and each scheduled job once', async () => {
    expect(worker.port).toBeNull();
    expect(worker.stdout.some((line) => line.includes('API prête'))).toBe(false);
    const health = await apis[1].healthWhen(
      (body) => body.status === 'ok',
      20_000,
      'planifications visibles depuis une réplique',
    );
    expect(health.schedules).toHaveLength(SCHEDULE_NAMES.length);

    // Every scheduler exists once; its next occurrence is brought forward and runs once, on the worker.
    const schedulers = (await Promise.all(queues.map((q) => q.getJobSchedulers()))).flat();
    expect(schedulers.map((s) => s.key).sort()).toEqual(SCHEDULE_NAMES);
    const runs: Job[] = [];
    for (const queue of queues) {
      for (const delayed of await queue.getDelayed()) {
        await delayed.promote();
        runs.push(delayed);
      }
    }
    expect(runs).toHaveLength(SCHEDULE_NAMES.length);
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
