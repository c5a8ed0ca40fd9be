import { Module } from '@nestjs/common';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';

/** Payment indicators of a lot: measures over proven activity, targets, and the amount they make payable. */
@Module({ providers: [IndicatorsService, IndicatorsResolver] })
export class IndicatorsModule {}
