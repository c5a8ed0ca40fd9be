import { Module, OnModuleInit } from '@nestjs/common';
import { ReportFigureRegistry } from '../reports/figures/report-figure.registry';
import { IndicatorFigures } from './indicator.figures';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';

/**
 * Payment indicators of a lot: measures over proven activity, targets, and the amount they make payable. Their
 * statuses are a table of every report: the module registers its figure provider in the reports' registry.
 */
@Module({ providers: [IndicatorsService, IndicatorsResolver, IndicatorFigures] })
export class IndicatorsModule implements OnModuleInit {
  constructor(
    private readonly figures: ReportFigureRegistry,
    private readonly indicatorFigures: IndicatorFigures,
  ) {}

  onModuleInit() {
    this.figures.register(this.indicatorFigures);
  }
}
