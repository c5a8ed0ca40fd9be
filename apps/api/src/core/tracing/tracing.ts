/* eslint-disable @typescript-eslint/no-require-imports -- OpenTelemetry is loaded only when tracing is configured */
import type { IncomingMessage } from 'node:http';

/** Paths that are not traced: probes and scrapes (noise), one-time signature links (the token is in the path). */
const UNTRACED = /^\/(health|metrics)(\/|$|\?)|^\/signatures\//;

/** Whether OTLP tracing is configured (the standard variables of the OpenTelemetry SDK). */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

let stop: (() => Promise<void>) | null = null;

/**
 * Starts the OpenTelemetry Node SDK when OTEL_EXPORTER_OTLP_ENDPOINT (or …_TRACES_ENDPOINT) is set: spans of the
 * HTTP server and client, Express, GraphQL, PostgreSQL and Redis, exported over OTLP/HTTP (JSON) to
 * `<endpoint>/v1/traces`. Must run before Nest, pg, ioredis and express are loaded (first import of an entry
 * point). Off by default: nothing of OpenTelemetry is even loaded. OTEL_SERVICE_NAME overrides `serviceName`, and
 * the SDK reads its other standard variables (OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER…) itself.
 * No personal data: SQL text without bound values, GraphQL documents without variable values.
 */
export function startTracing(serviceName: string): void {
  if (!tracingEnabled() || stop) return;
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } =
    require('@opentelemetry/instrumentation-ioredis') as typeof import('@opentelemetry/instrumentation-ioredis');

  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME || serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED.test(request.url ?? ''),
      }),
      new ExpressInstrumentation(),
      // One span per operation and per non-trivial resolver; `allowValues` stays off (no argument values).
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new IORedisInstrumentation(),
    ],
  });
  sdk.start();
  stop = () => sdk.shutdown();
}

/** Sends the spans still buffered (at shutdown); nothing when tracing is off. */
export async function stopTracing(): Promise<void> {
  await stop?.().catch(() => undefined);
}
