import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { Env } from '../config/env';
import { DEFAULT_JOB_OPTIONS } from './maintenance.queue';
import { MaintenanceProcessor } from './maintenance.processor';
import { MaintenanceScheduler } from './maintenance.scheduler';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxService } from './outbox/outbox.service';
import { QueueDashboard, QueueDashboardResolver } from './queue-dashboard';
import { QueueGate } from './queue-gate';
import { QueueShutdown } from './queue-shutdown';
import { JOBS_ENABLED, QueueSupervisor, WORKER_ERRORS } from './queue-supervisor';
import { ALL_QUEUES } from './queues';
import { redisConnection } from './redis-connection';
import { resilientWorkerClass, WorkerErrorSink } from './resilient-worker';

/**
 * Queues always exist (producers), and are injectable everywhere (`@InjectQueue`); workers, schedules and the outbox
 * relay only run where JOBS_ENABLED is true: feature modules add their processors with `forRoot(jobsEnabled)` and
 * register their schedules with the QueueSupervisor.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(env: Env): DynamicModule {
    const workerErrors: WorkerErrorSink = { report: () => undefined, workers: [] };
    BullModule.workerClass = resilientWorkerClass(env, workerErrors);
    return {
      module: QueueModule,
      global: true,
      imports: [
        AuthModule,
        BullModule.forRootAsync({
          inject: [Env],
          useFactory: (env: Env) => ({ connection: redisConnection(env), prefix: env.QUEUE_PREFIX }),
        }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS }))),
      ],
      providers: [
        { provide: JOBS_ENABLED, useValue: env.JOBS_ENABLED },
        { provide: WORKER_ERRORS, useValue: workerErrors },
        QueueSupervisor,
        QueueDashboard,
        QueueDashboardResolver,
        QueueShutdown,
        QueueGate,
        OutboxService,
        MaintenanceScheduler,
        ...(env.JOBS_ENABLED ? [MaintenanceProcessor, OutboxRelay] : []),
      ],
      exports: [BullModule, QueueDashboard, QueueGate, QueueSupervisor, OutboxService],
    };
  }
}
