import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import request from 'supertest';
import { logOutput } from '../src/core/logging/logging.module';
import { MailService } from '../src/core/mail/mail.service';
import { loadDemoData } from '../src/seed/demo-data';
import { TestApp } from './support/test-app';

/** Every JSON line the application logs while the test runs. */
class LogCapture extends Writable {
  readonly lines: Record<string, any>[] = [];
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
}

const METRICS_TOKEN = randomBytes(24).toString('hex');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('logs: ids, operation, actor and error code; never personal data nor one-time tokens', () => {
  let t: TestApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    logOutput.stream = logs;
    try {
      t = await TestApp.start({ env: { LOG_LEVEL: 'info', METRICS_TOKEN } });
    } finally {
      logOutput.stream = undefined;
    }
  });
  afterAll(() => t?.close());

  const graphqlLine = (operation: string) => logs.lines.find((line) => line.graphql?.operation === operation);

  it('a login failure logs the operation and its error code, not the e-mail address nor the password', async () => {
    const email = 'conseiller@ml-lyon.test';
    const result = await t.gql(`mutation FailedLogin($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email, password: 'mauvais-mot-de-passe' },
    });
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const line = graphqlLine('FailedLogin');
    expect(line).toMatchObject({
      msg: 'request completed',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      graphql: { operation: 'FailedLogin', type: 'mutation', errorCodes: ['UNAUTHENTICATED'] },
    });
    expect(line!.graphql.durationMs).toBeGreaterThan(0);
    expect(logs.text).not.toContain(email);
    expect(logs.text).not.toContain('mauvais-mot-de-passe');
  });

  it('a signed-in query logs the user id and structure id, not the search string', async () => {
    const session = await t.login('conseillere@ml-ales.test');
    const [user] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`);
    const result = await t.gql(
      `query SearchParticipants($search: String) { participants(filter: { search: $search }) { totalCount } }`,
      { search: 'Rechercheunique' },
      session,
    );
    expect(result.errors).toBeUndefined();
    expect(graphqlLine('SearchParticipants')).toMatchObject({
      actor: { userId: user.id, structureId: session.structureId },
      graphql: { operation: 'SearchParticipants', type: 'query', errorCodes: [] },
    });
    expect(logs.text).not.toContain('Rechercheunique');
    expect(logs.text).not.toContain('conseillere@ml-ales.test');
  });

  it("an export's file name (the participant's name) stays out of the logged response headers", async () => {
    const session = await t.login('conseillere@ml-ales.test');
    const [contract] = await t.dataSource.query(
      `SELECT c.id, p."lastName" FROM cej_contracts c JOIN participants p ON p.id = c."participantId"
        WHERE c."structureId" = $1 ORDER BY p."lastName" LIMIT 1`,
      [session.structureId],
    );
    const response = await t
      .http()
      .get(`/files/cej/${contract.id}/booklet.pdf`)
      .set('authorization', `Bearer ${session.token}`);
    expect(response.status).toBe(200);
    const slug = contract.lastName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    expect(response.headers['content-disposition']).toContain(slug);
    const line = logs.lines.find((l) => l.req?.url === `/files/cej/${contract.id}/booklet.pdf`);
    expect(line).toMatchObject({ res: { statusCode: 200, headers: { 'content-type': 'application/pdf' } } });
    expect(logs.text).not.toContain(slug);
    expect(logs.text).not.toContain(contract.lastName);
  });

  it('a one-time signing link is logged with its token redacted', async () => {
    await loadDemoData(t.dataSource, { activity: true });
    const [target] = await t.dataSource.query(
      `SELECT s.id, u.email FROM activity_sessions s
         JOIN memberships m ON m."structureId" = s."providerStructureId"
         JOIN users u ON u.id = m."userId"
        WHERE s."sheetFrozenAt" IS NULL
          AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e."signedAt" IS NULL)
        ORDER BY s.date DESC LIMIT 1`,
    );
    const provider = await t.login(target.email);
    const links = await t.gql(
      `mutation SigningLinks($id: ID!) { createSignatureLinks(sessionId: $id) { token apiPath } }`,
      { id: target.id },
      provider,
    );
    expect(links.errors).toBeUndefined();
    const [link] = links.data!.createSignatureLinks;
    const page = await t.http().get(link.apiPath).set('referer', `https://passerelle.example/sign/${link.token}`);
    expect(page.status).toBe(200);
    expect(logs.lines.some((line) => line.req?.url === '/signatures/[jeton]' && line.res?.statusCode === 200)).toBe(
      true,
    );
    expect(logs.text).not.toContain(link.token);
    expect(logs.text).not.toContain(page.body.lastName);
  });

  it("a failed SQL statement is logged with its SQL and SQLSTATE, without its bound parameters nor PostgreSQL's detail", async () => {
    const session = await t.login('conseillere@ml-ales.test');
    // A database-side refusal the API does not expect: the kind of failure that reaches the error log.
    await t.dataSource.query(
      `ALTER TABLE participants ADD CONSTRAINT "CHK_test_refused" CHECK ("lastName" <> 'Zéphyrin-Lebrun') NOT VALID`,
    );
    try {
      const result = await t.gql(
        `mutation CreateRefused($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName: 'Zéphyrin-Lebrun', firstName: 'Aurélien', sex: 'MALE', birthDate: '2004-03-09' } },
        session,
      );
      expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query(`ALTER TABLE participants DROP CONSTRAINT "CHK_test_refused"`);
    }
    const failure = logs.lines.find((line) => line.err?.type === 'QueryFailedError');
    expect(failure?.err).toMatchObject({ type: 'QueryFailedError', code: '23514', constraint: 'CHK_test_refused' });
    expect(failure!.err.query).toMatch(/INSERT INTO "participants"/);
    expect(failure!.err.message).toBe('new row for relation "…" violates check constraint "…"');
    expect(graphqlLine('CreateRefused')?.graphql.errorCodes).toEqual(['INTERNAL_SERVER_ERROR']);
    for (const secret of ['Zéphyrin', 'Zephyrin', 'Aurélien', '2004-03-09']) expect(logs.text).not.toContain(secret);
  });

  it('a mail line names the recipient by id, never by address', async () => {
    await t.app.get(MailService).send({
      to: 'personne.privee@example.org',
      recipientId: 'd3b07384-d9a0-4c9b-8e5f-0f1e2d3c4b5a',
      subject: 'Orientation de Zoé Kerbrat',
      text: 'Bonjour',
    });
    expect(logs.lines.find((line) => line.msg?.startsWith('E-mail disabled'))).toMatchObject({
      recipientId: 'd3b07384-d9a0-4c9b-8e5f-0f1e2d3c4b5a',
    });
    expect(logs.text).not.toContain('personne.privee');
    expect(logs.text).not.toContain('Kerbrat');
  });

  describe('metrics and probes', () => {
    it('serves Prometheus metrics only with the token', async () => {
      expect((await t.http().get('/metrics')).status).toBe(401);
      expect((await t.http().get('/metrics').set('authorization', 'Bearer mauvais')).status).toBe(401);
      const response = await t.http().get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; charset=utf-8; version=0\.0\.4/);
      const text = response.text;
      // GraphQL latency and errors by operation, from the requests above.
      expect(text).toMatch(
        /passerelle_graphql_operation_duration_seconds_count\{operation="FailedLogin",type="mutation"\} 1/,
      );
      expect(text).toMatch(/passerelle_graphql_errors_total\{operation="FailedLogin",code="UNAUTHENTICATED"\} 1/);
      expect(text).toMatch(
        /passerelle_graphql_errors_total\{operation="CreateRefused",code="INTERNAL_SERVER_ERROR"\} 1/,
      );
      // HTTP latency by route pattern, never with the ids or tokens of the path.
      expect(text).toMatch(
        /passerelle_http_request_duration_seconds_count\{method="GET",route="\/files\/cej\/:contractId\/booklet.pdf",status_code="200"\} 1/,
      );
      expect(text).toMatch(/route="\/signatures\/:token",status_code="200"/);
      expect(text).toMatch(
        /passerelle_http_request_duration_seconds_count\{method="POST",route="\/graphql",status_code="200"\}/,
      );
      // Database pool and queue depth, read at scrape time.
      expect(text).toMatch(/passerelle_db_pool_connections\{state="max"\} [1-9]\d*/);
      expect(text).toMatch(/passerelle_db_pool_connections\{state="total"\} [1-9]/);
      expect(text).toMatch(/passerelle_queue_jobs\{queue="mail",state="waiting"\} \d+/);
      expect(text).toMatch(/passerelle_queue_jobs\{queue="maintenance",state="failed"\} \d+/);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    });

    it('counts job durations and failures of the workers in this process', async () => {
      const { Queue } = await import('bullmq');
      const queue = new Queue('mail', { connection: { url: t.env.REDIS_URL }, prefix: t.env.QUEUE_PREFIX });
      try {
        // An unknown job name: the mail processor refuses it (one failed attempt, no retry).
        await queue.add('job-inconnu', {}, { attempts: 1 });
        const scrape = async () =>
          (await t.http().get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`)).text;
        let text = await scrape();
        for (let i = 0; i < 50 && !text.includes('passerelle_job_failures_total{queue="mail"'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          text = await scrape();
        }
        expect(text).toMatch(/passerelle_job_failures_total\{queue="mail",job="job-inconnu"\} 1/);
        expect(text).toMatch(
          /passerelle_job_duration_seconds_count\{queue="mail",job="job-inconnu",outcome="failed"\} 1/,
        );
      } finally {
        await queue.close();
      }
    });

    it('answers liveness and readiness separately, and keeps /health', async () => {
      expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
      const ready = await t.http().get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ready', database: 'up', redis: 'up' });
      expect((await t.http().get('/health')).status).toBe(200);
      // Probes and scrapes are not logged line by line.
      expect(logs.lines.some((line) => String(line.req?.url).startsWith('/health'))).toBe(false);
      expect(logs.lines.some((line) => line.req?.url === '/metrics')).toBe(false);
    });
  });
});

describe('metrics on a port of their own (METRICS_PORT), for the worker or a private network', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    t = await TestApp.start({ seed: false, env: { METRICS_PORT: String(port) } });
  });
  afterAll(() => t?.close());

  it('serves /metrics there and not on the API port', async () => {
    const response = await request(`http://127.0.0.1:${port}`).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toContain('passerelle_db_pool_connections');
    expect((await request(`http://127.0.0.1:${port}`).get('/graphql')).status).toBe(404);
    expect((await t.http().get('/metrics')).status).toBe(404);
  });
});
