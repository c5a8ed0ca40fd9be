// `pnpm bench`: builds the API and runs its benchmark on PostgreSQL and Redis (found or started as for the tests).
import { ensurePostgres, ensureRedis, MissingServiceError, run } from './lib/services.mjs';

try {
  const postgres = await ensurePostgres();
  const redis = await ensureRedis();
  let code = await run('pnpm', [
    'exec',
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'domain',
    'api',
    '--output-style=stream',
  ]);
  if (code === 0)
    code = await run('node', ['apps/api/dist/bench/run.js'], {
      env: { ...process.env, BENCH_PG_URL: postgres.url, BENCH_REDIS_URL: redis.url },
    });
  await redis.stop();
  await postgres.stop();
  process.exit(code);
} catch (error) {
  console.error(error instanceof MissingServiceError ? error.message : error);
  process.exit(1);
}
