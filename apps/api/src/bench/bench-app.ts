import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../bootstrap';
import { parseEnv } from '../core/config/env';
import { loadDemoData } from '../seed/demo-data';

const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function admin(sql: string) {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

export interface BenchApp {
  app: INestApplication;
  dataSource: DataSource;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** The database's name (dropped by `stop` unless kept). */
  name: string;
  stop(keepDatabase?: boolean): Promise<void>;
}

/** The API on a fresh database of its own with the demo data, listening on a free port, jobs off. */
export async function startBenchApp(env: Record<string, string> = {}): Promise<BenchApp> {
  const name = `passerelle_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const app = await createApp(
    parseEnv({
      DATABASE_URL: url.toString(),
      REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: name,
      ...env,
    }),
  );
  const stop = async (keepDatabase = false) => {
    await app.close();
    if (!keepDatabase) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await app.listen(0, '127.0.0.1');
    const dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
    return {
      app,
      dataSource,
      base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
      name,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
