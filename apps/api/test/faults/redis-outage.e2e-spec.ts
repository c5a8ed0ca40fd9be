import { SmtpCatcher } from '../support/smtp-catcher';
import {
  adminQuery,
  ApiProcess,
  createDatabase,
  describeWithRedisServer,
  distBuilt,
  eventually,
  RedisServer,
  SCHEDULE_NAMES,
  seedDatabase,
  sleep,
  stackEnv,
} from './support/stack';

const PREPARE = `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { id title } }`;
const REQUEST = `mutation { requestReport(input: { kind: FINAL, year: 2023 }) { id state } }`;
const ME = `{ me { id email } }`;
const SHUTDOWN_TIMEOUT_MS = 4000;
const REDIS_TIMEOUT_MS = 1000;
const METRICS_TOKEN = 'faults-metrics-token-0123456789abcdef';
const PURGE_GAUGE = 'passerelle_job_schedules_registered{queue="maintenance",schedule="purge-expired-refresh-tokens"}';

/**
 * One API process (jobs enabled, as in a one-machine install) whose Redis is missing at start, then comes, then is
 * killed and comes back empty, and is missing again when the process is told to stop.
 */
describeWithRedisServer('Faults: Redis missing at start, lost, restored empty; SIGTERM with Redis down', () => {
  let redis: RedisServer;
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let smtp: SmtpCatcher;
  let api: ApiProcess;
  let coordinator: { token: string; structureId: string };
  let reportId: string;

  beforeAll(async () => {
    distBuilt();
    redis = await RedisServer.create();
    database = await createDatabase();
    await seedDatabase(database.url);
    smtp = new SmtpCatcher();
    await smtp.start();
    api = await ApiProcess.start(
      'main',
      stackEnv(database.url, redis.url, {
        SMTP_URL: smtp.url,
        REDIS_TIMEOUT_MS: String(REDIS_TIMEOUT_MS),
        SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
        OUTBOX_POLL_MS: '200',
        METRICS_TOKEN: METRICS_TOKEN,
      }),
      { waitReady: false },
    );
  }, 120_000);

  const metrics = async () =>
    (await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();

  afterAll(async () => {
    await api?.kill9();
    await redis?.kill();
    await smtp?.stop();
    await database?.drop();
  });

  it('starts without Redis, says so on /health, and serves what needs no queue', async () => {
    await api.ready(30_000);
    const health = await api.health();
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', database: { status: 'up' }, redis: { status: 'down' } });
    expect(health.body.schedules).toHaveLength(SCHEDULE_NAMES.length);
    expect(health.body.schedules.every((s: { registered: boolean }) => !s.registered)).toBe(true);
    expect(await metrics()).toContain(`${PURGE_GAUGE} 0`);

    coordinator = await api.login('coordination@mlife-amiens.test');
    expect((await api.gql(ME, {}, coordinator)).body.data.me.email).toBe('coordination@mlife-amiens.test');

    // A write that notifies (and so e-mails) commits at once: the e-mails wait in the outbox, not the request.
    const prepared = await api.gql(PREPARE, { input: { kind: 'FINAL', year: 2024 } }, coordinator);
    expect(prepared.body.errors).toBeUndefined();
    expect(prepared.ms).toBeLessThan(3000);
    reportId = prepared.body.data.prepareReport.id;
    const [{ count }] = await adminQuery<{ count: number }>(
      database.url,
      `SELECT count(*)::int FROM outbox_jobs WHERE data->>'notificationId' IN (SELECT id::text FROM notifications WHERE link = $1)`,
      [`/bilans/${reportId}`],
    );
    expect(count).toBeGreaterThan(0);

    // What needs the queue answers a retryable 503 within the Redis timeout, and records nothing.
    const requested = await api.gql(REQUEST, {}, coordinator);
    expect(requested.body).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(requested.status).toBe(503);
    expect(requested.headers.get('retry-after')).toBe('5');
    expect(requested.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(requested.ms).toBeLessThan(REDIS_TIMEOUT_MS + 2000);
  });

  it('connects when Redis comes: schedules registered, outbox drained, each e-mail sent once', async () => {
    await redis.start();
    const health = await api.healthWhen(
      (body) => body.status === 'ok' && body.outbox.pending === 0,
      20_000,
      '/health ok après le retour de Redis, outbox vidée',
    );
    expect(health.schedules.map((s: { name: string }) => s.name).sort()).toEqual(SCHEDULE_NAMES);
    expect(health.outbox.pending).toBe(0);

    const notified = await adminQuery<{ id: string }>(database.url, `SELECT id FROM notifications WHERE link = $1`, [
      `/bilans/${reportId}`,
    ]);
    await eventually(
      async () => smtp.mails.filter((m) => m.subject.startsWith('Bilan à compléter')).length >= notified.length,
      15_000,
      'courriels de la notification',
    );
    await sleep(1500);
    expect(smtp.mails.filter((m) => m.subject.startsWith('Bilan à compléter'))).toHaveLength(notified.length);
    const [{ unsent }] = await adminQuery<{ unsent: number }>(
      database.url,
      `SELECT count(*)::int AS unsent FROM notifications WHERE link = $1 AND "emailedAt" IS NULL`,
      [`/bilans/${reportId}`],
    );
    expect(unsent).toBe(0);

    const requested = await api.gql(REQUEST, {}, coordinator);
    expect(requested.body.data.requestReport.state).toBe('waiting');
  });

  it('Redis killed and restored empty: the API keeps serving, the schedules come back by themselves', async () => {
    await redis.kill();
    const degraded = await api.healthWhen((body) => body.status === 'degraded', 10_000, '/health degraded');
    expect(degraded.redis.status).toBe('down');
    const me = await api.gql(ME, {}, coordinator);
    expect(me.body.data.me.email).toBe('coordination@mlife-amiens.test');
    expect(me.ms).toBeLessThan(3000);
    const prepared = await api.gql(PREPARE, { input: { kind: 'FINAL', year: 2023 } }, coordinator);
    expect(prepared.body.errors).toBeUndefined();

    await redis.start();
    const health = await api.healthWhen(
      (body) => body.status === 'ok' && body.outbox.pending === 0,
      20_000,
      'planifications réenregistrées dans le Redis vide, outbox vidée',
    );
    expect(health.schedules.every((s: { registered: boolean; next: string }) => s.registered && s.next)).toBe(true);
    expect(await metrics()).toContain(`${PURGE_GAUGE} 1`);
    expect(health.outbox.pending).toBe(0);

    // The outage was logged as JSON lines, without raw stack traces.
    const logs = api.logs();
    expect(logs.filter((line) => 'raw' in line)).toEqual([]);
    expect(logs.some((line) => line.msg === 'Redis unreachable for this queue; retrying')).toBe(true);
    expect(api.stderr.filter((line) => /^\s+at |Error:/.test(line))).toEqual([]);
  });

  it('SIGTERM with Redis down: in-flight requests finish and the process exits within its deadline', async () => {
    await redis.kill();
    await eventually(async () => (await api.health()).body.redis.status === 'down', 10_000, 'Redis vu absent');
    // In flight: asking for a report waits up to REDIS_TIMEOUT_MS on the missing Redis, then answers 503.
    const inFlight = api.gql(REQUEST, {}, coordinator);
    await sleep(REDIS_TIMEOUT_MS / 3);
    const started = Date.now();
    api.signal('SIGTERM');
    const exit = await api.exited;
    const elapsed = Date.now() - started;
    const answered = await inFlight;
    expect(answered.status).toBe(503);
    expect(answered.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // A clean stop (Redis connections dropped rather than waited for), well before the deadline.
    expect(elapsed).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(exit).toEqual({ code: 0, signal: null });
    const messages = api.logs().map((line) => String(line.msg));
    expect(messages.some((msg) => msg.startsWith('Arrêt demandé (SIGTERM)'))).toBe(true);
    expect(messages).toContain('Arrêt terminé');
  });
});
