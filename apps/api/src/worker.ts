import './core/tracing/start-worker';
import 'reflect-metadata';
import { createApp, envOrExit, exitOnSignals } from './bootstrap';

/**
 * The worker: runs the jobs (queues, schedules, outbox relay) and opens no HTTP port. Run API replicas with
 * JOBS_ENABLED=false beside one or more of these.
 */
async function main() {
  const env = envOrExit({ JOBS_ENABLED: true });
  const app = await createApp(env);
  exitOnSignals(app, env);
  await app.init();
  console.log(JSON.stringify({ level: 30, msg: 'Worker prêt (tâches, planifications, outbox)' }));
}

void main();
