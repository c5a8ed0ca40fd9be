// A throwaway production-like stack for the browser tests: a fresh database with the demo data,
// the built API and the web client served by `vite preview`, each on a free port. The web is bundled here in
// React's development mode (apps/web/dist-e2e, a few seconds): React reports its warnings (invalid nesting,
// missing keys…) only there, and every Playwright test fails on one (apps/web-e2e/src/helpers.ts).
import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, freePort, run, serve, waitForHttp } from './lib/services.mjs';

export async function startE2eStack({ postgresUrl, redisUrl }) {
  const name = `passerelle_e2e_${randomBytes(4).toString('hex')}`;
  const apiPort = await freePort();
  const webPort = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: await ensureDatabase(postgresUrl, name),
    REDIS_URL: redisUrl,
    JWT_SECRET: randomBytes(32).toString('hex'),
    QUEUE_PREFIX: `passerelle-e2e-${name}`,
    PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    // Parallel browsers sign in as the same demo people from 127.0.0.1, far faster than anyone clicks.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '10000',
  };
  if ((await run('node', ['apps/api/dist/cli/seed.js'], { env })) !== 0)
    throw new Error('Chargement des données de démonstration impossible');
  const webBuild = [
    '--filter',
    '@passerelle/web',
    'exec',
    'vite',
    'build',
    '--outDir',
    'dist-e2e',
    '--logLevel',
    'error',
  ];
  if ((await run('pnpm', webBuild, { env: { ...process.env, NODE_ENV: 'development' } })) !== 0)
    throw new Error('Construction du web (mode développement) impossible');
  const api = serve('api', 'node', ['apps/api/dist/main.js'], { env });
  const web = serve(
    'web',
    'pnpm',
    [
      '--filter',
      '@passerelle/web',
      'exec',
      'vite',
      'preview',
      '--outDir',
      'dist-e2e',
      '--port',
      String(webPort),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
      quiet: true,
    },
  );
  const stop = async () => {
    api.stop();
    web.stop();
    await new Promise((r) => setTimeout(r, 500));
    await dropDatabase(postgresUrl, name);
  };
  try {
    await waitForHttp(`http://127.0.0.1:${apiPort}/health`);
    await waitForHttp(`http://127.0.0.1:${webPort}/`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL: `http://127.0.0.1:${webPort}`, apiURL: `http://127.0.0.1:${apiPort}`, stop };
}
