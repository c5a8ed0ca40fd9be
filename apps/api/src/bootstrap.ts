import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { Env, parseEnv } from './core/config/env';
import { GraphqlExceptionFilter } from './core/graphql/graphql-exception.filter';
import { createValidationPipe } from './core/graphql/validation';
import { applyHttpSecurity } from './core/http/http-security';
import { QueueDashboard } from './core/queue/queue-dashboard';

/** Builds the application the same way for the server, the CLI and the tests. */
export async function createApp(env: Env = parseEnv(process.env)): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(env), { bufferLogs: true });
  applyHttpSecurity(app.getHttpAdapter().getInstance(), env);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  app.get(QueueDashboard).mount(app);
  if (env.CORS_ORIGINS) app.enableCors({ origin: env.CORS_ORIGINS.split(',').map((o) => o.trim()) });
  return app;
}
