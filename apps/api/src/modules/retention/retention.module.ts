import { DynamicModule, Module } from '@nestjs/common';
import { RetentionProcessor } from './retention.processor';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

/** Retention: files past their keep-until date are flagged for a person to decide, never deleted by the system. */
@Module({})
export class RetentionModule {
  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: RetentionModule,
      providers: [
        RetentionService,
        RetentionResolver,
        RetentionScheduler,
        ...(jobsEnabled ? [RetentionProcessor] : []),
      ],
    };
  }
}
