import { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { DataSource } from 'typeorm';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Request } from 'express';
import { Logger } from 'nestjs-pino';
import { graphqlOutcomePlugin } from '../logging/graphql-log.plugin';
import type { MetricsService } from '../metrics/metrics.service';
import { Env } from '../config/env';
import { isUnavailable, ServiceUnavailableError, unavailableHttp } from './errors';
import { scalarArgumentsPlugin } from '../validation/scalar-arguments';
import { createLoaders } from './loaders';
import { documentLimitRules, MAX_QUERY_COMPLEXITY, queryCost, tooComplexError } from './query-cost';
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Refuses operations whose estimated cost exceeds the limit, before they run. */
function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.operationName, request.variables);
          } catch {
            // Invalid variables: execution refuses them with a precise BAD_USER_INPUT error before running anything.
            return;
          }
          if (cost > MAX_QUERY_COMPLEXITY) throw tooComplexError(cost);
        },
      };
    },
  };
}

/** nestjs-pino's Logger takes its last argument as the line's `context`: without one, the message would land there. */
const LOG_CONTEXT = 'GraphQL';

/**
 * Logs unexpected errors with the request id; clients only see a generic message and that id. A database or Redis
 * outage is a warning (one line, no stack), and the response becomes HTTP 503 with `Retry-After`.
 */
function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isUnavailable(error)) {
              // Apollo turns `extensions.http` into the response's status and headers (and strips it).
              Object.assign(error.extensions, { http: unavailableHttp() });
              const cause = (error.originalError ?? error) as Error & { code?: string };
              logger.warn(
                {
                  reqId: contextValue.req?.id,
                  path: error.path,
                  cause: cause.message,
                  code: cause.code,
                  error: cause.name,
                },
                'Service unavailable (database or Redis)',
                LOG_CONTEXT,
              );
              continue;
            }
            if (isClientError(error)) continue;
            logger.error(
              { err: error.originalError ?? error, reqId: contextValue.req?.id, path: error.path },
              'Unexpected GraphQL error',
              LOG_CONTEXT,
            );
          }
        },
      };
    },
  };
}

function isClientError(error: GraphQLError): boolean {
  return CLIENT_CODES.has(String(error.extensions?.code)) || !error.path;
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isUnavailable(error) && formatted.extensions?.code !== 'SERVICE_UNAVAILABLE') {
    const { message, extensions } = new ServiceUnavailableError();
    const { http: _http, ...rest } = extensions;
    return { message, path: formatted.path, extensions: rest };
  }
  const original = error instanceof GraphQLError ? error : null;
  if (original && isClientError(original)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Une erreur inattendue est survenue. Réessayez ou contactez le support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export function graphqlOptions(
  dataSource: DataSource,
  logger: Logger,
  env: Pick<Env, 'GRAPHQL_INTROSPECTION'>,
  metrics?: MetricsService,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: env.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    // Keep the status an error asks for (503 SERVICE_UNAVAILABLE): Nest would reset it to 200 when `data` is present.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: documentLimitRules(),
    plugins: [
      graphqlOutcomePlugin((outcome) => metrics?.observeGraphql(outcome)),
      complexityPlugin(),
      scalarArgumentsPlugin(),
      errorLoggingPlugin(logger),
    ],
    formatError,
    context: ({ req, res }: { req: Request; res: unknown }) => ({ req, res, loaders: createLoaders(dataSource) }),
  };
}
