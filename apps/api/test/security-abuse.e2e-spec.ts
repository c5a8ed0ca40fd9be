import { PinoLogger } from 'nestjs-pino';
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimitService } from '../src/core/rate-limit/rate-limit.service';
import { CALENDAR_DATE_MESSAGE } from '../src/core/validation/calendar-date.validator';
import { NUL_MESSAGE } from '../src/core/validation/scalar-arguments';
import { MAX_QUERY_ALIASES } from '../src/core/graphql/query-cost';
import { DEMO_PASSWORD } from '../src/seed/demo-structures';
import { fuzzCalls } from './support/schema-fuzz';
import { errorCode, GqlResult, TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const BAD_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';
const LOGIN_REFUSED = 'Trop de tentatives de connexion depuis votre adresse. Réessayez dans 15 minutes.';

const ANONYMOUS_BUDGET = 30;
const USER_BUDGET = 20;
const API_KEY_BUDGET = 60;
const MAX_ATTEMPTS = 4;
const MAX_FAILURES_PER_ADDRESS = 8;
const SLOWDOWN_MS = 150;

/** Small budgets so that each limit is reached in a few calls; each test speaks from addresses of its own. */
const LIMITED_ENV = {
  TRUST_PROXY: 'loopback',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_BUDGET),
  RATE_LIMIT_USER_PER_MINUTE: String(USER_BUDGET),
  RATE_LIMIT_API_KEY_PER_MINUTE: String(API_KEY_BUDGET),
  LOGIN_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
  LOGIN_MAX_FAILURES_PER_ADDRESS: String(MAX_FAILURES_PER_ADDRESS),
  LOGIN_LOCK_MINUTES: '15',
  LOGIN_SLOWDOWN_MS: String(SLOWDOWN_MS),
  GRAPHQL_INTROSPECTION: 'false',
};

const summary = (r: GqlResult) => [r.status, errorCode(r) ?? null, r.errors?.[0]?.message ?? null];

describe('Security: abuse of the API (rate limits, login, query cost, arguments)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: LIMITED_ENV });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, address: string) =>
    t.gql(LOGIN, { input: { email, password } }, { address });
  const signIn = async (email: string, address: string) => {
    const result = await login(email, DEMO_PASSWORD, address);
    expect(result.errors).toBeUndefined();
    return result.data!.login.accessToken as string;
  };

  describe('Rate limiting', () => {
    it('refuses an address without credentials past its budget, with RateLimit-* and Retry-After headers and RATE_LIMITED in French', async () => {
      const first = await t.gql(`{ __typename }`, {}, { address: '198.51.100.1' });
      expect(first.errors).toBeUndefined();
      expect(first.headers).toMatchObject({
        'ratelimit-limit': String(ANONYMOUS_BUDGET),
        'ratelimit-remaining': String(ANONYMOUS_BUDGET - 1),
        'ratelimit-policy': `${ANONYMOUS_BUDGET};w=60`,
      });
      for (let i = 1; i < ANONYMOUS_BUDGET; i++) {
        expect((await t.gql(`{ __typename }`, {}, { address: '198.51.100.1' })).status).toBe(200);
      }
      const refused = await t.gql(`{ __typename }`, {}, { address: '198.51.100.1' });
      expect(refused.status).toBe(429);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors![0].message).toMatch(/^Trop de requêtes\. Réessayez dans \d+ (secondes?|minutes?)\.$/);
      expect(Number(refused.headers!['retry-after'])).toBeGreaterThan(0);
      expect(refused.headers!['ratelimit-remaining']).toBe('0');

      // The other routes answer in their own shape; another address is untouched.
      const file = await t.http().get('/signatures/whatever').set('x-forwarded-for', '198.51.100.1');
      expect(file.status).toBe(429);
      expect(file.body).toMatchObject({ code: 'RATE_LIMITED' });
      expect((await t.gql(`{ __typename }`, {}, { address: '198.51.100.2' })).status).toBe(200);
    });

    it('gives a signed-in person a budget of their own, whatever address they call from', async () => {
      const token = await signIn('conseillere@ml-ales.test', '198.51.100.10');
      for (let i = 0; i < USER_BUDGET; i++) {
        const result = await t.gql(`{ me { id } }`, {}, { token, address: `198.51.100.${11 + (i % 5)}` });
        expect(result.errors).toBeUndefined();
      }
      const refused = await t.gql(`{ me { id } }`, {}, { token, address: '198.51.100.99' });
      expect(refused.status).toBe(429);
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      // Someone else, from the very same address, is not affected.
      const other = await signIn('coordination@ml-ales.test', '198.51.100.99');
      expect((await t.gql(`{ me { id } }`, {}, { token: other, address: '198.51.100.99' })).errors).toBeUndefined();
    });

    it('gives an API key its higher budget, and counts a made-up key with its address', async () => {
      const director = await signIn('directrice@ml-ales.test', '198.51.100.20');
      const created = await t.gql(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
        { input: { name: 'Synchronisation', scopes: ['structure:read'] } },
        { token: director, address: '198.51.100.20' },
      );
      const apiKey = created.data!.createApiKey.secret as string;
      for (let i = 0; i < API_KEY_BUDGET; i++) {
        const result = await t.gql(`{ __typename }`, {}, { apiKey, address: '198.51.100.21' });
        expect(result.status).toBe(200);
        if (i === 0) expect(result.headers!['ratelimit-limit']).toBe(String(API_KEY_BUDGET));
      }
      expect((await t.gql(`{ __typename }`, {}, { apiKey, address: '198.51.100.21' })).status).toBe(429);

      const forged = await t.gql(
        `{ __typename }`,
        {},
        { apiKey: `${apiKey.slice(0, -4)}AAAA`, address: '198.51.100.22' },
      );
      expect(forged.headers!['ratelimit-limit']).toBe(String(ANONYMOUS_BUDGET));
    });

    it('shares the counters between several API processes through Redis', async () => {
      // Another process is another Redis connection counting under the same prefix (two Nest apps cannot share
      // one Node process: passport keeps one strategy per name).
      const otherProcess = new RateLimitService(t.env, await t.app.resolve(PinoLogger));
      try {
        for (let waited = 0; !otherProcess.ready && waited < 5000; waited += 50) await sleep(50);
        const address = '198.51.100.30';
        for (let i = 0; i < ANONYMOUS_BUDGET - 1; i++)
          expect((await otherProcess.consume('anonymous', address))!.allowed).toBe(true);
        const last = await t.gql(`{ __typename }`, {}, { address });
        expect(last.status).toBe(200);
        expect(last.headers!['ratelimit-remaining']).toBe('0');
        expect((await t.gql(`{ __typename }`, {}, { address })).status).toBe(429);
        expect((await otherProcess.consume('anonymous', address))!.allowed).toBe(false);
      } finally {
        otherProcess.onModuleDestroy();
      }
    });

    it('does not limit a person using the application normally', async () => {
      const token = await signIn('coordination@plie-lunel.test', '198.51.100.40');
      const remaining: number[] = [];
      for (let i = 0; i < 10; i++) {
        const result = await t.gql(`{ me { id fullName } }`, {}, { token, address: '198.51.100.40' });
        expect(result.errors).toBeUndefined();
        remaining.push(Number(result.headers!['ratelimit-remaining']));
      }
      expect(remaining).toEqual(Array.from({ length: 10 }, (_, i) => USER_BUDGET - 1 - i));
    });
  });

  describe('5. No limit on password spraying', () => {
    it('refuses an address that tries passwords on many accounts, and only that address', async () => {
      const emails = [
        'directrice@ml-ales.test',
        'conseiller@ml-lyon.test',
        'personne@nulle-part.fr',
        'coordination@ml-ales.test',
        'referente@plie-lunel.test',
        'inconnu@ml-ales.test',
        'controle@dreets.test',
        'conseillere@ml-ales.test',
      ];
      for (const [i, email] of emails.entries()) {
        const result = await login(email, 'Printemps2026!', '203.0.113.1');
        if (i < MAX_FAILURES_PER_ADDRESS - 1) expect(result.errors![0].message).toBe(BAD_CREDENTIALS);
        else expect(summary(result)).toEqual([200, 'RATE_LIMITED', LOGIN_REFUSED]);
      }
      // Even the right password is refused from that address for a while…
      const right = await login('directrice@ml-ales.test', DEMO_PASSWORD, '203.0.113.1');
      expect(summary(right)).toEqual([200, 'RATE_LIMITED', LOGIN_REFUSED]);
      expect(right.headers!['retry-after']).toBe('900');
      // …while the person signs in from their own.
      expect((await login('directrice@ml-ales.test', DEMO_PASSWORD, '203.0.113.2')).errors).toBeUndefined();
    });

    it('does not let a stranger lock a person out of their own account', async () => {
      const email = 'referente@plie-lunel.test';
      const answers = [];
      for (let i = 0; i < MAX_ATTEMPTS; i++) answers.push(summary(await login(email, 'wrong-guess', '203.0.113.10')));
      expect(answers.slice(0, -1)).toEqual(Array(MAX_ATTEMPTS - 1).fill([200, 'UNAUTHENTICATED', BAD_CREDENTIALS]));
      expect(answers.at(-1)).toEqual([200, 'RATE_LIMITED', LOGIN_REFUSED]);
      expect(summary(await login(email, DEMO_PASSWORD, '203.0.113.10'))).toEqual([200, 'RATE_LIMITED', LOGIN_REFUSED]);

      expect((await login(email, DEMO_PASSWORD, '203.0.113.11')).errors).toBeUndefined();
      const [row] = await t.dataSource.query(`SELECT "lockedUntil" FROM users WHERE email = $1`, [email]);
      expect(row.lockedUntil).toBeNull();
    });
  });

  describe('Account enumeration', () => {
    it('answers a real and an unknown e-mail alike, in the same order and with the same slow-down', async () => {
      const attempt = async (email: string, address: string) => {
        const start = performance.now();
        const result = await login(email, 'not-the-password', address);
        return { summary: summary(result), ms: performance.now() - start };
      };
      const real = [];
      const unknown = [];
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        real.push(await attempt('coordination@plie-lunel.test', '203.0.113.20'));
        unknown.push(await attempt('nobody@plie-lunel.test', '203.0.113.21'));
      }
      expect(unknown.map((a) => a.summary)).toEqual(real.map((a) => a.summary));
      // The n-th failure on an account waits n slow-down steps, whether the account exists or not (it used to be
      // one step for an unknown e-mail and n for a real one). Lower bounds only: a loaded machine is only slower.
      for (const n of [2, 3]) {
        expect(real[n - 1].ms).toBeGreaterThanOrEqual(n * SLOWDOWN_MS);
        expect(unknown[n - 1].ms).toBeGreaterThanOrEqual(n * SLOWDOWN_MS);
      }
    });
  });

  describe('4. One user can stall the API for everyone', () => {
    let director: string;
    beforeAll(async () => {
      director = await signIn('directrice@ml-ales.test', '203.0.113.30');
    });
    const page = (alias: string) =>
      `${alias}: participants(first: 100) { edges { node { id firstName branch { id name } referent { id } } } }`;

    it('refuses a query of 999 aliases before running it', async () => {
      const aliases = Array.from({ length: 999 }, (_, i) => `a${i}: me { id }`).join(' ');
      const result = await t.gql(`{ ${aliases} }`, {}, { token: director, address: '203.0.113.30' });
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors![0].message).toBe(`Trop d’alias dans la requête : au plus ${MAX_QUERY_ALIASES}.`);
    });

    it('refuses sixty aliased pages of 100, and any query whose page sizes multiply past the ceiling', async () => {
      const sixty = Array.from({ length: 60 }, (_, i) => page(`p${i}`)).join(' ');
      expect((await t.gql(`{ ${sixty} }`, {}, { token: director, address: '203.0.113.30' })).status).toBe(400);
      const twenty = Array.from({ length: 20 }, (_, i) => page(`p${i}`)).join(' ');
      const result = await t.gql(`{ ${twenty} }`, {}, { token: director, address: '203.0.113.30' });
      expect(result.status).toBe(400);
      expect(result.data).toBeNull();
      expect(result.errors![0].message).toMatch(/^Requête trop coûteuse \(\d+ objets estimés, au plus 5000\)/);
    });

    it('still serves a full page of 100 participants with their details', async () => {
      const referent = await signIn('referente@plie-lunel.test', '203.0.113.31');
      const result = await t.gql(`{ ${page('participants')} }`, {}, { token: referent, address: '203.0.113.31' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.participants.edges.length).toBeGreaterThan(0);
    });
  });

  describe('GraphQL hardening', () => {
    it('answers a cyclic fragment with a 400 validation error, not a crash', async () => {
      const result = await t.gql(
        `{ me { ...A } } fragment A on Me { id ...B } fragment B on Me { fullName ...A }`,
        {},
        { address: '203.0.113.40' },
      );
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors![0].message).toBe('Cannot spread fragment "A" within itself via "B".');
    });

    it('turns introspection off when configured so (the production default)', async () => {
      const result = await t.gql(`{ __schema { queryType { name } } }`, {}, { address: '203.0.113.41' });
      expect(result.status).toBe(400);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
});

describe('Security: unvalidated arguments', () => {
  let t: TestApp;
  let admin: { token: string; structureId: string };
  beforeAll(async () => {
    t = await TestApp.start();
    const session = await t.login('admin@passerelle.test');
    admin = { token: session.token, structureId: await t.structureId('Mission Locale Alès Pays Cévennes') };
  });
  afterAll(() => t.close());

  it('answers a month "zz", a date "\' OR \'1\'=\'1" and a NUL byte in a search with BAD_USER_INPUT in French', async () => {
    const month = await t.gql(`{ cejDigitalMonthlyReport(month: "zz") { month } }`, {}, admin);
    expect(errorCode(month)).toBe('BAD_USER_INPUT');
    expect(month.errors![0].extensions.fields).toEqual({ month: CALENDAR_DATE_MESSAGE });

    const [contract] = await t.dataSource.query(`SELECT id, "structureId" FROM cej_contracts LIMIT 1`);
    const date = await t.gql(
      `query($id: ID!, $from: String) { cejContract(id: $id) { actions(from: $from) { date } } }`,
      { id: contract.id, from: `' OR '1'='1` },
      { token: admin.token, structureId: contract.structureId },
    );
    expect(errorCode(date)).toBe('BAD_USER_INPUT');
    expect(date.errors![0].extensions.fields).toEqual({ from: CALENDAR_DATE_MESSAGE });

    const search = await t.gql(
      `query($filter: ParticipantFilter) { participants(filter: $filter) { totalCount } }`,
      { filter: { search: 'Du\u0000pont' } },
      admin,
    );
    expect(errorCode(search)).toBe('BAD_USER_INPUT');
    expect(search.errors![0].extensions.fields).toEqual({ search: NUL_MESSAGE });

    expect(errorCode(await t.gql(`{ structure(id: "zz") { id } }`, {}, admin))).toBe('NOT_FOUND');
  });

  it('never answers an internal error to garbage in any text argument of any query or mutation', async () => {
    const calls = fuzzCalls();
    expect(calls.length).toBeGreaterThan(1000);
    const internal: string[] = [];
    // A few at a time, as several browser tabs would: the run stays short on a small machine.
    for (let i = 0; i < calls.length; i += 4) {
      await Promise.all(
        calls.slice(i, i + 4).map(async (call) => {
          const result = await t.gql(call.query, call.variables, admin);
          if (result.status >= 500 || result.errors?.some((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR')) {
            internal.push(`${call.operation} ${call.field}(${call.path}: ${JSON.stringify(call.garbage)})`);
          }
        }),
      );
    }
    expect(internal).toEqual([]);
  }, 300_000);
});
