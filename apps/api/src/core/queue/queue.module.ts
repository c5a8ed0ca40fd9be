import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { Env } from '../config/env';
import { DEFAULT_JOB_OPTIONS, MAINTENANCE_QUEUE } from './maintenance.queue';
import { MaintenanceProcessor } from './maintenance.processor';
import { MaintenanceScheduler } from './maintenance.scheduler';
import { QueueDashboard, QueueDashboardResolver } from './queue-dashboard';
import { JOB_QUEUES } from './queues';
import { QueueShutdown } from './queue-shutdown';
import { redisOptions } from './redis-connection';

/**
 * Queues always exist (producers), and are injectable everywhere (`@InjectQueue`); workers and schedules only run
 * where JOBS_ENABLED is true: feature modules add theirs with `forRoot(jobsEnabled)`.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        AuthModule,
        BullModule.forRootAsync({
          inject: [Env],
          useFactory: (env: Env) => ({ connection: redisOptions(env.REDIS_URL), prefix: env.QUEUE_PREFIX }),
        }),
        BullModule.registerQueue(
          { name: MAINTENANCE_QUEUE, defaultJobOptions: DEFAULT_JOB_OPTIONS },
          ...JOB_QUEUES.map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS })),
        ),
      ],
      providers: [
        QueueDashboard,
        QueueDashboardResolver,
        QueueShutdown,
        ...(jobsEnabled ? [MaintenanceProcessor, MaintenanceScheduler] : []),
      ],
      exports: [BullModule, QueueDashboard],
    };
  }
}
