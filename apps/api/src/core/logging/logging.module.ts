import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { Env } from '../config/env';
import { actorIds, graphqlOutcome } from './graphql-log.plugin';
import { logSerializers, scrubLogArguments } from './log-redaction';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;
/** Probes and scrapes every few seconds: not worth a line each. */
const QUIET_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/** Where log lines go: standard output, or a stream a test sets to read what real requests log. */
export const logOutput: { stream?: DestinationStream } = {};

/**
 * JSON logs, one line per request, each with its request id (taken from X-Request-Id or made here, and echoed back),
 * the actor's ids and, for GraphQL, the operation name, error codes and duration. Ids only: see log-redaction.ts.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => {
        const options = {
          level: env.LOG_LEVEL,
          genReqId: (req: { headers: Record<string, unknown> }, res: { setHeader(n: string, v: string): void }) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          serializers: logSerializers,
          hooks: { logMethod: scrubLogArguments },
          redact: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
          customProps: (req: Parameters<typeof graphqlOutcome>[0]) => {
            const graphql = graphqlOutcome(req);
            return {
              ...(actorIds(req) ? { actor: actorIds(req) } : {}),
              ...(graphql ? { graphql } : {}),
            };
          },
          autoLogging: { ignore: (req: { url?: string }) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
        };
        return { pinoHttp: logOutput.stream ? [options, logOutput.stream] : options };
      },
    }),
  ],
})
export class LoggingModule {}
