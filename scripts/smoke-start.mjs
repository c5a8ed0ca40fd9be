// Smoke test of `bash scripts/start.sh` as a fresh machine runs it: no PostgreSQL on the usual port, so the embedded
// fallback starts, the API migrates, loads the demo data and answers /health, then Ctrl+C stops everything in time.
import { spawn } from 'node:child_process';
import { freePort, ROOT, waitForHttp } from './lib/services.mjs';

const apiPort = await freePort();
const webPort = await freePort();
const pgPort = await freePort();
const child = spawn('bash', ['scripts/start.sh'], {
  cwd: ROOT,
  stdio: 'inherit',
  detached: true,
  env: {
    ...process.env,
    PASSERELLE_PG_URL: 'embedded',
    PASSERELLE_EMBEDDED_PG_PORT: String(pgPort),
    PORT: String(apiPort),
    WEB_PORT: String(webPort),
  },
});
const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
const fail = (message) => {
  console.error(`Échec du test de démarrage : ${message}`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  process.exit(1);
};

try {
  await Promise.race([
    waitForHttp(`http://127.0.0.1:${apiPort}/health`, 600_000),
    exited.then(({ code }) => Promise.reject(new Error(`start.sh s'est arrêté (code ${code})`))),
  ]);
  const health = await (await fetch(`http://127.0.0.1:${apiPort}/health`)).json();
  console.log(`/health : ${JSON.stringify(health)}`);
  const login = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email: 'directrice@ml-ales.test', password: 'Passerelle2026!' } },
    }),
  }).then((r) => r.json());
  if (!login.data?.login?.accessToken)
    fail(`connexion au compte de démonstration impossible : ${JSON.stringify(login)}`);
  console.log('Compte de démonstration : connexion réussie.');
} catch (error) {
  fail(error.message);
}

process.kill(child.pid, 'SIGINT');
const stopped = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), 30_000))]);
if (!stopped) fail('start.sh ne s’est pas arrêté dans les 30 s après Ctrl+C');
console.log('Test de démarrage réussi : PostgreSQL embarqué, migrations, démo, /health, arrêt propre.');
process.exit(0);
