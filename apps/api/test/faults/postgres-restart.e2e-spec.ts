import {
  adminQuery,
  ApiProcess,
  createDatabase,
  distBuilt,
  EmbeddedPostgresServer,
  eventually,
  seedDatabase,
  SHARED_REDIS_URL,
  sleep,
  stackEnv,
} from './support/stack';

const CREATE = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id lastName } }`;
const WRITES = 30;
const CLIENT_TIMEOUT_MS = 12_000;

type Outcome = { name: string; status: number; code: string | null; retryAfter: string | null; ms: number };

/** PostgreSQL (an embedded server of the test's own) stopped and started again in the middle of a burst of writes. */
describe('Faults: PostgreSQL restarted during a write burst', () => {
  let pg: EmbeddedPostgresServer;
  let database: Awaited<ReturnType<typeof createDatabase>>;
  let api: ApiProcess;
  let referent: { token: string; structureId: string };

  beforeAll(async () => {
    distBuilt();
    pg = await EmbeddedPostgresServer.create();
    database = await createDatabase(pg.adminUrl);
    await seedDatabase(database.url);
    api = await ApiProcess.start(
      'main',
      stackEnv(database.url, SHARED_REDIS_URL, { DATABASE_CONNECT_TIMEOUT_MS: '2000' }),
    );
    referent = await api.login('referent@mlife-amiens.test');
  }, 180_000);

  afterAll(async () => {
    await api?.kill9();
    await pg?.destroy();
  });

  const write = async (name: string): Promise<Outcome> => {
    const input = { lastName: name, firstName: 'Panne', sex: 'FEMALE', birthDate: '1990-01-01' };
    const response = await api.gql(CREATE, { input }, referent, CLIENT_TIMEOUT_MS);
    return {
      name,
      status: response.status,
      code: response.body.errors?.[0]?.extensions?.code ?? null,
      retryAfter: response.headers.get('retry-after'),
      ms: response.ms,
    };
  };

  /**
   * Three clients write in a loop while PostgreSQL stops and starts again. A client must see every write done, or
   * refused as SERVICE_UNAVAILABLE (HTTP 503, Retry-After) — never INTERNAL_SERVER_ERROR, which the API would log
   * as an unexpected error naming the original one — and nothing lost or duplicated once it retries.
   */
  it('answers every write (done, or SERVICE_UNAVAILABLE to retry) in time, loses none, duplicates none', async () => {
    const names = Array.from({ length: WRITES }, (_, i) => `Burst${String(i).padStart(2, '0')}`);
    const outcomes: Outcome[] = [];
    let next = 0;
    const client = async () => {
      while (next < names.length) {
        outcomes.push(await write(names[next++]));
        await sleep(100);
      }
    };
    const restart = (async () => {
      await eventually(async () => outcomes.length >= 5, 20_000, 'premières écritures');
      await pg.stop();
      const health = await api.health();
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'error', database: { status: 'down' } });
      await sleep(1500);
      await pg.start();
    })();
    await Promise.all([client(), client(), client(), restart]);

    expect(outcomes).toHaveLength(WRITES);
    for (const outcome of outcomes) expect(outcome.ms).toBeLessThan(CLIENT_TIMEOUT_MS);
    const logs = api.logs();
    expect(logs.filter((line) => line.msg === 'Unexpected GraphQL error' || line.raw)).toEqual([]);
    const failed = outcomes.filter((o) => o.code !== null);
    for (const outcome of failed)
      expect(outcome).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
    expect(failed.length).toBeGreaterThan(0); // the outage did hit requests
    // …and the API said why, one warning per refused request (the original error's class, message and code).
    const warnings = logs.filter((line) => line.msg === 'Service unavailable (database or Redis)');
    expect(warnings.length).toBeGreaterThanOrEqual(failed.length);
    const done = outcomes.filter((o) => o.code === null).map((o) => o.name);

    const recorded = () =>
      adminQuery<{ lastName: string; count: number }>(
        database.url,
        `SELECT "lastName", count(*)::int AS count FROM participants WHERE "firstName" = 'Panne' GROUP BY "lastName"`,
      );
    const rows = await recorded();
    expect(rows.filter((row) => row.count > 1)).toEqual([]);
    expect(rows.map((row) => row.lastName).sort()).toEqual([...done].sort());

    // A client retrying what it was told to retry gets everything recorded once.
    await eventually(async () => (await api.health()).body.database.status === 'up', 15_000, 'base revenue');
    for (const outcome of failed) expect((await write(outcome.name)).code).toBeNull();
    const after = await recorded();
    expect(after).toHaveLength(WRITES);
    expect(after.filter((row) => row.count > 1)).toEqual([]);
  });
});
