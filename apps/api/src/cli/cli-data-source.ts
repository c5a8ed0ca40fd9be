import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source-options';

/** Data source options for command-line tools, which need only DATABASE_URL. */
export function cliDataSourceOptions(): DataSourceOptions {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Configuration invalide : DATABASE_URL est manquante');
    process.exit(1);
  }
  return dataSourceOptions(url);
}

export async function openDataSource(): Promise<DataSource> {
  return new DataSource(cliDataSourceOptions()).initialize();
}
