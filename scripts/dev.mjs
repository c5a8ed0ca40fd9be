// The development stack behind `scripts/start.sh`: services, build, migrations, demo data, API and web client.
import {
  ensureDatabase,
  ensurePostgres,
  ensureRedis,
  MissingServiceError,
  run,
  serve,
  waitForHttp,
} from './lib/services.mjs';

const API_PORT = Number(process.env.PORT ?? 3000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);

async function main() {
  const postgres = await ensurePostgres();
  const redis = await ensureRedis();
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? (await ensureDatabase(postgres.url, 'passerelle')),
    REDIS_URL: process.env.REDIS_URL ?? redis.url,
    JWT_SECRET: process.env.JWT_SECRET ?? 'dev-only-secret-change-me-in-production-0001',
    PORT: String(API_PORT),
  };
  const nx = ['exec', 'nx', 'run-many', '-t', 'build', '-p', 'domain', 'api', '--output-style=stream'];
  if ((await run('pnpm', nx)) !== 0) process.exit(1);
  if ((await run('node', ['apps/api/dist/cli/seed.js'], { env })) !== 0) process.exit(1);

  const api = serve('api', 'node', ['apps/api/dist/main.js'], {
    env: { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  const web = serve(
    'web',
    'pnpm',
    ['--filter', '@passerelle/web', 'exec', 'vite', '--port', String(WEB_PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      env: { ...process.env, API_URL: `http://127.0.0.1:${API_PORT}` },
      quiet: true,
    },
  );
  const stop = async () => {
    api.stop();
    web.stop();
    await redis.stop();
    await postgres.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await waitForHttp(`http://127.0.0.1:${API_PORT}/health`);
  await waitForHttp(`http://127.0.0.1:${WEB_PORT}/`);
  console.log(`
Passerelle est prête.
  Application web : http://127.0.0.1:${WEB_PORT}/
  API GraphQL     : http://127.0.0.1:${API_PORT}/graphql
  Santé           : http://127.0.0.1:${API_PORT}/health

Comptes de démonstration (mot de passe : Passerelle2026!)
  admin@passerelle.test            administrateur de la plateforme
  directrice@ml-ales.test          directrice, Mission Locale Alès Pays Cévennes
  coordination@mlife-amiens.test   coordinateur, MLIFE Grand Amiénois (PLIE)
  referent@mlife-amiens.test       référent de parcours, MLIFE Grand Amiénois (PLIE)
  direction@mlife-amiens.test      directrice, MLIFE Grand Amiénois (PLIE)
  coordination@plie-lunel.test     coordinatrice, PLIE du Pays de Lunel
  conseiller@ml-lyon.test          conseiller, Mission Locale de Lyon
  referente@plie-lunel.test        référente de parcours, PLIE du Pays de Lunel
  prestataire@insertion-plus.test  intervenante prestataire, Insertion Plus Picardie
  controle@dreets.test             contrôleur (lecture seule), MLIFE Grand Amiénois

Ctrl+C pour tout arrêter.`);
}

main().catch((error) => {
  console.error(error instanceof MissingServiceError ? error.message : error);
  process.exit(1);
});
