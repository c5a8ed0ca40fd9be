import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphqlOutcome } from '../logging/graphql-log.plugin';

/** Client-chosen operation names become labels: past this many distinct names, the rest count as `other`. */
const MAX_OPERATION_NAMES = 300;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.05, 0.1, 0.5, 1, 5, 15, 30, 60, 300, 900];
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/** What the database pool gauge reads: pg's Pool counters. */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * The process's Prometheus metrics, in a registry of its own (several applications may live in one test process).
 * Served by `/metrics` (see metrics.controller.ts) in the text exposition format.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private pool: () => PoolStats | undefined = () => undefined;
  private queues: Queue[] = [];

  private readonly httpDuration = new Histogram({
    name: 'passerelle_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'passerelle_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: 'passerelle_graphql_errors_total',
    help: 'GraphQL errors by operation name and error code (BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR…).',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  private readonly jobDuration = new Histogram({
    name: 'passerelle_job_duration_seconds',
    help: 'Background jobs run by this process, by queue, job name and outcome.',
    labelNames: ['queue', 'job', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  private readonly jobFailures = new Counter({
    name: 'passerelle_job_failures_total',
    help: 'Failed job attempts in this process (each retry counts), by queue and job name.',
    labelNames: ['queue', 'job'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const readPool = () => this.pool();
    const readQueues = () => this.queues;
    new Gauge({
      name: 'passerelle_db_pool_connections',
      help: 'Database pool connections of this process: total open, idle, callers waiting, and the maximum.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = readPool();
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
        if (pool.options?.max !== undefined) this.set({ state: 'max' }, pool.options.max);
      },
    });
    new Gauge({
      name: 'passerelle_queue_jobs',
      help: 'Jobs in each queue by state (shared by every process: read from Redis).',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          readQueues().map(async (queue) => {
            const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES), 1000).catch(() => null);
            if (!counts) return;
            for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }

  watchPool(read: () => PoolStats | undefined) {
    this.pool = read;
  }

  watchQueues(queues: Queue[]) {
    this.queues = queues;
  }

  observeHttp(method: string, route: string, statusCode: number, seconds: number) {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  observeGraphql(outcome: GraphqlOutcome) {
    const operation = this.operationLabel(outcome.operation);
    this.graphqlDuration.observe({ operation, type: outcome.type ?? 'none' }, outcome.durationMs / 1000);
    for (const code of outcome.errorCodes) this.graphqlErrors.inc({ operation, code });
  }

  observeJob(queue: string, job: Pick<Job, 'name' | 'processedOn' | 'finishedOn'>, outcome: 'completed' | 'failed') {
    const labels = { queue, job: job.name };
    if (outcome === 'failed') this.jobFailures.inc(labels);
    if (job.processedOn && job.finishedOn) {
      this.jobDuration.observe({ ...labels, outcome }, Math.max(0, job.finishedOn - job.processedOn) / 1000);
    }
  }

  private operationLabel(name: string): string {
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
