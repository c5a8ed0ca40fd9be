import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { Env, InvalidConfigError, parseEnv } from './core/config/env';
import { GraphqlExceptionFilter } from './core/graphql/graphql-exception.filter';
import { createValidationPipe } from './core/graphql/validation';
import { applyHttpSecurity } from './core/http/http-security';
import { QueueDashboard } from './core/queue/queue-dashboard';
import { stopTracing } from './core/tracing/tracing';

/** Builds the application the same way for the server, the worker, the CLI and the tests. */
export async function createApp(env: Env = parseEnv(process.env)): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(env), { bufferLogs: true });
  applyHttpSecurity(app.getHttpAdapter().getInstance(), env);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.get(QueueDashboard).mount(app);
  if (env.CORS_ORIGINS) app.enableCors({ origin: env.CORS_ORIGINS.split(',').map((o) => o.trim()) });
  return app;
}

/** The environment of an entry point; an invalid configuration ends the process with its one-line message. */
export function envOrExit(overrides: Partial<Env> = {}): Env {
  try {
    return Object.assign(parseEnv(process.env), overrides);
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const log = (level: number, msg: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ level, time: Date.now(), msg, ...extra }));

/**
 * On SIGTERM or SIGINT: stop accepting connections and let in-flight requests finish, then close the application
 * (workers finish their current job, queues and the pool close). Whatever hangs (Redis away, a long job), the process
 * exits after SHUTDOWN_TIMEOUT_MS; an interrupted job is taken back by another worker. A second signal exits at once.
 */
export function exitOnSignals(app: INestApplication, env: Env, server?: Server): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(30, `Arrêt demandé (${signal}) : fin des requêtes en cours, ${env.SHUTDOWN_TIMEOUT_MS} ms au plus`);
    setTimeout(() => {
      log(40, 'Délai d’arrêt dépassé : arrêt forcé');
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_MS);
    try {
      if (server) {
        // Keep-alive connections whose request ends during the drain would otherwise stay open until the client
        // drops them: close each one as soon as it is idle.
        const idle = setInterval(() => server.closeIdleConnections(), 100);
        await new Promise((resolve) => server.close(resolve));
        clearInterval(idle);
      }
      await app.close();
      await stopTracing();
      log(30, 'Arrêt terminé');
      process.exit(0);
    } catch (error) {
      log(50, 'Erreur à l’arrêt', { cause: (error as Error).message });
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

/** Node's limits: a slow client cannot hold a connection (and memory) longer than these. */
export function applyHttpTimeouts(server: Server, env: Env): void {
  server.requestTimeout = env.HTTP_REQUEST_TIMEOUT_MS;
  server.headersTimeout = Math.min(env.HTTP_HEADERS_TIMEOUT_MS, env.HTTP_REQUEST_TIMEOUT_MS);
  // Node checks both limits on this interval (30 s by default, read when the server starts listening).
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = 1000;
}
