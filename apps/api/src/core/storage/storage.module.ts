import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Env } from '../config/env';
import { FileStore } from './file-store';
import { STORAGE_DRIVER, StorageDriver } from './storage-driver';
import { storageDriverFrom } from './storage-drivers';
import { StorageProcessor, StorageScheduler } from './storage.jobs';

class StorageShutdown implements OnApplicationShutdown {
  constructor(@Inject(STORAGE_DRIVER) private readonly driver: StorageDriver) {}

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close?.();
  }
}

/** File storage (local directory or S3-compatible bucket, by STORAGE_DRIVER) and the hourly orphan sweep. */
@Global()
@Module({})
export class StorageModule {
  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: StorageModule,
      global: true,
      providers: [
        { provide: STORAGE_DRIVER, inject: [Env], useFactory: storageDriverFrom },
        FileStore,
        StorageShutdown,
        ...(jobsEnabled ? [StorageProcessor, StorageScheduler] : []),
      ],
      exports: [FileStore, STORAGE_DRIVER],
    };
  }
}
