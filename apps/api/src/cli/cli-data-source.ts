import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source-options';

/** A data source for command-line tools, which need only DATABASE_URL. */
export async function openDataSource(): Promise<DataSource> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Configuration invalide : DATABASE_URL est manquante');
    process.exit(1);
  }
  return new DataSource(dataSourceOptions(url)).initialize();
}
