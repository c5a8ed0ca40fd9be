import './core/tracing/start-api';
import 'reflect-metadata';
import type { Server } from 'node:http';
import { applyHttpTimeouts, createApp, envOrExit, exitOnSignals } from './bootstrap';

/** The API: GraphQL, files, health; also the jobs when JOBS_ENABLED (set it to false when a worker runs them). */
async function main() {
  const env = envOrExit();
  const app = await createApp(env);
  const server = app.getHttpServer() as Server;
  applyHttpTimeouts(server, env);
  exitOnSignals(app, env, server);
  await app.listen(env.PORT, '0.0.0.0');
  console.log(JSON.stringify({ level: 30, msg: `API prête sur http://127.0.0.1:${env.PORT}/graphql` }));
}

void main();
