import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Env } from '../config/env';
import { dataSourceOptions } from './data-source-options';
import { migrateUnderLock } from './migrations-lock';
import { installRowScope } from './row-scope';
import { RowScopeMiddleware } from './row-scope.middleware';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => ({ ...dataSourceOptions(env.DATABASE_URL, env), migrationsRun: env.RUN_MIGRATIONS }),
      // Migrations run before the pool opens, under an advisory lock (several replicas may start at once).
      dataSourceFactory: async (options) => {
        const { migrationsRun, ...rest } = options as DataSourceOptions;
        if (migrationsRun) await migrateUnderLock(rest as DataSourceOptions);
        installRowScope();
        return new DataSource(rest as DataSourceOptions).initialize();
      },
    }),
  ],
})
export class DatabaseModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RowScopeMiddleware).forRoutes('*path');
  }
}
