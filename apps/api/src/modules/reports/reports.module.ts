import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { ReportFilesController } from './exports/report-files.controller';
import { EvaluationCriteriaFigures } from './figures/evaluation-criteria.figures';
import { ReportFigureRegistry } from './figures/report-figure.registry';
import { LotActivityFigures } from './figures/lot-activity.figures';
import { ReportsProcessor } from './jobs/reports.processor';
import { ReportsScheduler } from './jobs/reports.scheduler';
import { ReportingParametersResolver } from './parameters/reporting-parameters.resolver';
import { ReportingParametersService } from './parameters/reporting-parameters.service';
import { ReminderRegistry } from '../notifications/reminders/reminder.registry';
import { ReportDueReminders } from './report-due.reminders';
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
    private readonly lotActivity: LotActivityFigures,
    private readonly reminders: ReminderRegistry,
    private readonly reportDue: ReportDueReminders,
  ) {}

  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: ReportsModule,
      // Global: other modules plug their figure providers and reminders in without ReportsModule importing them.
      global: true,
      controllers: [ReportFilesController],
      providers: [
        ReportFigureRegistry,
        EvaluationCriteriaFigures,
        LotActivityFigures,
        ReportingParametersService,
        ReportingParametersResolver,
        ReportsService,
        ReportsResolver,
        ReportDueReminders,
        ReportsScheduler,
        ...(jobsEnabled ? [ReportsProcessor] : []),
      ],
      exports: [ReportFigureRegistry, ReportsService, ReportingParametersService],
    };
  }

  onModuleInit() {
    this.registry.register(this.evaluationCriteria);
    this.registry.register(this.lotActivity);
    this.reminders.register(this.reportDue);
  }
}
