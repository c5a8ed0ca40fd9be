import { Module } from '@nestjs/common';
import { NetworkStatisticsController } from './network-statistics.controller';
import { NetworksResolver } from './networks.resolver';
import { NetworksService } from './networks.service';

/** Networks of structures: membership, aggregated figures across members, anonymised statistics (issue 11 §4). */
@Module({ providers: [NetworksService, NetworksResolver], controllers: [NetworkStatisticsController] })
export class NetworksModule {}
