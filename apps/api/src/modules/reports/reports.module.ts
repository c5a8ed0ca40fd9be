import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { IndicatorFigures } from '../indicators/indicator.figures';
import { ReportFilesController } from './exports/report-files.controller';
import { EvaluationCriteriaFigures } from './figures/evaluation-criteria.figures';
import { ReportFigureRegistry } from './figures/figure-provider';
import { LotActivityFigures } from './figures/lot-activity.figures';
import { ReportsProcessor } from './jobs/reports.processor';
import { ReportsScheduler } from './jobs/reports.scheduler';
import { ReportingParametersResolver } from './parameters/reporting-parameters.resolver';
import { ReportingParametersService } from './parameters/reporting-parameters.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/**
 * Reports ("bilans"): figures from the registered figure providers, written sections, lifecycle, exports, and the
 * scheduled preparation (worker and cron only where JOBS_ENABLED).
 */
@Module({})
export class ReportsModule implements OnModuleInit {
  constructor(
    private readonly registry: ReportFigureRegistry,
    private readonly evaluationCriteria: EvaluationCriteriaFigures,
    private readonly indicators: IndicatorFigures,
    private readonly lotActivity: LotActivityFigures,
  ) {}

  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: ReportsModule,
      controllers: [ReportFilesController],
      providers: [
        ReportFigureRegistry,
        EvaluationCriteriaFigures,
        IndicatorFigures,
        LotActivityFigures,
        ReportingParametersService,
        ReportingParametersResolver,
        ReportsService,
        ReportsResolver,
        ReportsScheduler,
        ...(jobsEnabled ? [ReportsProcessor] : []),
      ],
      exports: [ReportFigureRegistry, ReportsService, ReportingParametersService],
    };
  }

  onModuleInit() {
    this.registry.register(this.evaluationCriteria);
    this.registry.register(this.indicators);
    this.registry.register(this.lotActivity);
  }
}
