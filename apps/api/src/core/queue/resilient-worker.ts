import { Processor, Worker, WorkerOptions } from 'bullmq';
import type { Env } from '../config/env';
import { DEFAULT_JOB_OPTIONS } from './maintenance.queue';

/** The workers of this process, and where they report their Redis errors (the supervisor logs them once per outage). */
export interface WorkerErrorSink {
  report(queue: string, error: unknown): void;
  readonly workers: Worker[];
}

/**
 * The worker class every `@Processor` gets. A job whose process died is "stalled": after JOBS_LOCK_MS another worker
 * takes it back, as many times as the job has attempts (BullMQ's default gives up after one such crash).
 */
export function resilientWorkerClass(env: Pick<Env, 'JOBS_LOCK_MS'>, sink: WorkerErrorSink): typeof Worker {
  class ResilientWorker extends Worker {
    constructor(name: string, processor?: string | URL | null | Processor, opts?: WorkerOptions) {
      super(name, processor, {
        ...opts!,
        lockDuration: env.JOBS_LOCK_MS,
        stalledInterval: env.JOBS_LOCK_MS,
        maxStalledCount: DEFAULT_JOB_OPTIONS.attempts,
      });
      this.on('error', (error) => sink.report(name, error));
      sink.workers.push(this);
    }
  }
  return ResilientWorker as typeof Worker;
}
