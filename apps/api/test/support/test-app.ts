import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { Env, parseEnv } from '../../src/core/config/env';
import { loadDemoData } from '../../src/seed/demo-data';
import { DEMO_PASSWORD } from '../../src/seed/demo-structures';

/** Server holding the per-test databases; the test command points it at the running PostgreSQL. */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface GqlOptions {
  token?: string;
  structureId?: string;
  apiKey?: string;
  /** The client's address, as a proxy would forward it (the app must be started with TRUST_PROXY). */
  address?: string;
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions: { code: string; fields?: Record<string, string> } & Record<string, unknown>;
  }[];
  headers?: Record<string, string>;
}

export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly dataSource: DataSource,
    readonly env: Env,
    private readonly databaseName: string,
  ) {}

  /** A fresh database (migrated, optionally seeded with the demo data) and its own queue prefix. */
  static async start(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
    const suffix = randomBytes(5).toString('hex');
    const databaseName = `passerelle_test_${suffix}`;
    await adminQuery(`CREATE DATABASE ${databaseName}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${databaseName}`;
    const env = parseEnv({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      REDIS_URL,
      JWT_SECRET: `test-secret-${randomBytes(16).toString('hex')}`,
      QUEUE_PREFIX: `passerelle-test-${suffix}`,
      LOG_LEVEL: 'silent',
      LOGIN_SLOWDOWN_MS: '0',
      // Every spec calls from 127.0.0.1 as a handful of people: the budgets are proven in security-abuse.e2e-spec.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_API_KEY_PER_MINUTE: '1000000',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '10000',
      ...options.env,
    });
    const app = await createApp(env);
    await app.init();
    const dataSource = app.get(DataSource);
    if (options.seed !== false) await loadDemoData(dataSource);
    return new TestApp(app, dataSource, env, databaseName);
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: GqlOptions = {},
  ): Promise<GqlResult<T>> {
    const call = request(this.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (options.token) call.set('authorization', `Bearer ${options.token}`);
    if (options.structureId) call.set('x-structure-id', options.structureId);
    if (options.apiKey) call.set('x-api-key', options.apiKey);
    if (options.address) call.set('x-forwarded-for', options.address);
    const response = await call.send({ query, variables });
    return {
      status: response.status,
      data: response.body.data ?? null,
      errors: response.body.errors,
      headers: response.headers,
    };
  }

  /** Logs a demo user in and returns their access and refresh tokens. */
  async login(
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<{ token: string; refreshToken: string; structureId: string }> {
    const result = await this.gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { currentStructure { id } } } }`,
      { input: { email, password } },
    );
    if (!result.data) throw new Error(`Login failed for ${email}: ${JSON.stringify(result.errors)}`);
    return {
      token: result.data.login.accessToken,
      refreshToken: result.data.login.refreshToken,
      structureId: result.data.login.user.currentStructure.id,
    };
  }

  async structureId(siretOrName: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM structures WHERE siret = $1 OR name = $1`, [siretOrName]);
    if (!row) throw new Error(`No structure ${siretOrName}`);
    return row.id;
  }

  http() {
    return request(this.app.getHttpServer());
  }

  async close(): Promise<void> {
    await this.app.close();
    await adminQuery(`DROP DATABASE IF EXISTS ${this.databaseName} WITH (FORCE)`);
  }
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The error code of the first GraphQL error, for terse assertions. */
export const errorCode = (result: GqlResult) => result.errors?.[0]?.extensions.code;
