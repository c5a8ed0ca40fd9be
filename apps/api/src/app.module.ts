import { IndicatorsModule } from './modules/indicators/indicators.module';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuditModule } from './core/audit/audit.module';
import { AuthModule } from './core/auth/auth.module';
import { ConfigModule } from './core/config/config.module';
import { Env } from './core/config/env';
import { DatabaseModule } from './core/database/database.module';
import { graphqlOptions } from './core/graphql/graphql-options';
import { HealthModule } from './core/health/health.module';
import { LoggingModule } from './core/logging/logging.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { MetricsService } from './core/metrics/metrics.service';
import { QueueModule } from './core/queue/queue.module';
import { TenancyModule } from './core/tenancy/tenancy.module';
import { CejModule } from './modules/cej/cej.module';
import { ParticipantsModule } from './modules/participants/participants.module';
import { PlieModule } from './modules/plie/plie.module';
import { MarketsModule } from './modules/markets/markets.module';
import { OrientationsModule } from './modules/orientations/orientations.module';
import { ActivitiesModule } from './modules/activities/activities.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ReportsModule } from './modules/reports/reports.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { MlActivityModule } from './modules/ml-activity/ml-activity.module';
import { NetworksModule } from './modules/networks/networks.module';
import { HomeModule } from './modules/home/home.module';
import { RetentionModule } from './modules/retention/retention.module';
import { MailModule } from './core/mail/mail.module';
import { StorageModule } from './core/storage/storage.module';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggingModule,
        MetricsModule,
        DatabaseModule,
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken(), Logger, MetricsService],
          useFactory: (dataSource: DataSource, logger: Logger, metrics: MetricsService) =>
            graphqlOptions(dataSource, logger, env, metrics),
        }),
        AuthModule,
        TenancyModule,
        ParticipantsModule,
        PlieModule,
        HomeModule,
        MarketsModule,
        OrientationsModule,
        ActivitiesModule,
        IndicatorsModule,
        CejModule,
        QueueModule.forRoot(env),
        StorageModule.forRoot(env.JOBS_ENABLED),
        MailModule,
        NotificationsModule.forRoot(env.JOBS_ENABLED),
        ReportsModule.forRoot(env.JOBS_ENABLED),
        RetentionModule.forRoot(env.JOBS_ENABLED),
        AnalyticsModule,
        MlActivityModule,
        NetworksModule,
        HealthModule,
      ],
    };
  }
}
