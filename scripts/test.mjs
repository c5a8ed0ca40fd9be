// Everything `scripts/test.sh` checks, in order, stopping at the first failure:
// build, lint, typecheck, unit and API e2e tests (real PostgreSQL and Redis), then Playwright in Debian's Chromium.
import { startE2eStack } from './e2e-stack.mjs';
import {
  ensureChromium,
  ensureNginx,
  ensurePoppler,
  ensurePostgres,
  ensureRedis,
  MissingServiceError,
  run,
} from './lib/services.mjs';

async function step(title, command, args, env) {
  console.log(`\n=== ${title} ===`);
  const code = await run(command, args, env ? { env: { ...process.env, ...env } } : {});
  if (code !== 0) {
    console.error(`\nÉchec : ${title}`);
    throw Object.assign(new Error(title), { exitCode: code });
  }
}

async function main() {
  const postgres = await ensurePostgres();
  const redis = await ensureRedis();
  const chromium = await ensureChromium();
  const nginx = await ensureNginx();
  await ensurePoppler();
  const services = { TEST_PG_URL: postgres.url, TEST_REDIS_URL: redis.url, ...(nginx ? { NGINX_PATH: nginx } : {}) };
  let stack;
  try {
    const nx = (targets) => ['exec', 'nx', 'run-many', '-t', ...targets, '--output-style=stream', '--skip-nx-cache'];
    await step('Build', 'pnpm', nx(['build']));
    await step('Format (Prettier)', 'pnpm', ['exec', 'prettier', '--check', '--log-level=warn', '.']);
    await step('Lint et typecheck', 'pnpm', nx(['lint', 'typecheck']));
    await step('Tests unitaires et e2e de l’API', 'pnpm', nx(['test']), services);

    console.log('\n=== Tests navigateur (Playwright) ===');
    stack = await startE2eStack({ postgresUrl: postgres.url, redisUrl: redis.url });
    await step('Playwright', 'pnpm', ['--filter', '@passerelle/web-e2e', 'exec', 'playwright', 'test'], {
      E2E_BASE_URL: stack.baseURL,
      E2E_API_URL: stack.apiURL,
      CHROMIUM_PATH: chromium,
    });
    console.log('\nTous les tests sont passés.');
  } finally {
    await stack?.stop();
    await redis.stop();
    await postgres.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    if (error instanceof MissingServiceError) console.error(error.message);
    else if (!error.exitCode) console.error(error);
    process.exit(error.exitCode ?? 1);
  },
);
