import { spawnSync } from 'node:child_process';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../src/seed/demo-structures';
import {
  ApiProcess,
  createDatabase,
  DIST,
  distBuilt,
  eventually,
  seedDatabase,
  SHARED_REDIS_URL,
  stackEnv,
} from './faults/support/stack';

type Attribute = { key: string; value: { stringValue?: string; intValue?: string | number } };
type Span = { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes: Attribute[] };
type Received = { service: string; scope: string; span: Span };

/** A minimal OTLP/HTTP receiver: keeps every span posted as JSON to /v1/traces, and the raw bodies. */
class OtlpReceiver {
  readonly spans: Received[] = [];
  readonly bodies: string[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/v1/traces' && request.headers['content-type']?.startsWith('application/json')) {
          this.bodies.push(body);
          for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
            const service = attribute(resourceSpans.resource?.attributes ?? [], 'service.name') ?? '';
            for (const scopeSpans of resourceSpans.scopeSpans ?? [])
              for (const span of scopeSpans.spans ?? [])
                this.spans.push({ service, scope: scopeSpans.scope?.name, span });
          }
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): void {
    this.server?.closeAllConnections();
    this.server?.close();
  }
}

const attribute = (attributes: Attribute[], key: string) => attributes.find((a) => a.key === key)?.value.stringValue;

describe('OpenTelemetry tracing (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  const receiver = new OtlpReceiver();
  let api: ApiProcess;
  let database: Awaited<ReturnType<typeof createDatabase>>;

  beforeAll(async () => {
    distBuilt();
    const endpoint = await receiver.start();
    database = await createDatabase();
    await seedDatabase(database.url);
    api = await ApiProcess.start(
      'main',
      stackEnv(database.url, SHARED_REDIS_URL, {
        JOBS_ENABLED: 'false',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await api?.kill9();
    await database?.drop();
    receiver.stop();
  });

  it('exports one trace per GraphQL request: HTTP server, GraphQL operation and its SQL, no personal data', async () => {
    await api.login('referent@mlife-amiens.test');
    const trace = await eventually(
      async () => {
        const graphql = receiver.spans.find(
          (s) => s.scope === '@opentelemetry/instrumentation-graphql' && /login/.test(s.span.name),
        );
        if (!graphql) return null;
        const sameTrace = receiver.spans.filter((s) => s.span.traceId === graphql.span.traceId);
        const server = sameTrace.find((s) => s.scope === '@opentelemetry/instrumentation-http' && !s.span.parentSpanId);
        const sql = sameTrace.filter((s) => s.scope === '@opentelemetry/instrumentation-pg');
        return server && sql.length > 0 ? { graphql, server, sql, sameTrace } : null;
      },
      20_000,
      'spans de la requête login reçus',
    );
    expect(trace.sameTrace.every((s) => s.service === 'passerelle-api')).toBe(true);
    expect(attribute(trace.server.span.attributes, 'http.method') ?? trace.server.span.name).toMatch(/POST/);
    // SQL text with placeholders, never the bound values; no password nor e-mail address anywhere in the export.
    const statements = trace.sql.map(
      (s) => attribute(s.span.attributes, 'db.statement') ?? attribute(s.span.attributes, 'db.query.text') ?? '',
    );
    expect(statements.join('\n')).toMatch(/"users"/);
    for (const body of receiver.bodies) {
      expect(body).not.toContain(DEMO_PASSWORD);
      expect(body).not.toContain('referent@mlife-amiens.test');
    }
    // Probes are not traced.
    const before = receiver.spans.length;
    await api.health();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(receiver.spans.slice(before).filter((s) => s.scope === '@opentelemetry/instrumentation-http')).toEqual([]);
  });

  it('is off without the variable: nothing of OpenTelemetry is loaded', () => {
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(join(DIST, 'core/tracing/start-api.js'))});` +
          `process.stdout.write(String(Object.keys(require.cache).filter((k) => k.includes('@opentelemetry')).length))`,
      ],
      { env: { PATH: process.env.PATH }, encoding: 'utf8' },
    );
    expect(probe.stderr).toBe('');
    expect(probe.stdout).toBe('0');
  });
});
