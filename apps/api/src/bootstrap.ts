import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { Env, parseEnv } from './core/config/env';
import { GraphqlExceptionFilter } from './core/graphql/graphql-exception.filter';
import { createValidationPipe } from './core/graphql/validation';
import { QueueDashboard } from './core/queue/queue-dashboard';

/** Builds the application the same way for the server, the CLI and the tests. */
export async function createApp(env: Env = parseEnv(process.env)): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bufferLogs: true });
  // Per-address rate limits need the client's address, not the reverse proxy's.
  if (env.TRUST_PROXY)
    app.set('trust proxy', /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  app.get(QueueDashboard).mount(app);
  if (env.CORS_ORIGINS) app.enableCors({ origin: env.CORS_ORIGINS.split(',').map((o) => o.trim()) });
  return app;
}
