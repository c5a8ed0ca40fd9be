import { Module } from '@nestjs/common';
import { DropOffResolver } from './drop-off.resolver';
import { DropOffService } from './drop-off.service';

/** Analyses for the operator: drop-off (seed 003). */
@Module({ providers: [DropOffService, DropOffResolver] })
export class AnalyticsModule {}
