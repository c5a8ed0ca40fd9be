import { Env } from '../config/env';
import { LocalStorageDriver } from './local-storage.driver';
import { S3StorageDriver } from './s3-storage.driver';
import { StorageDriver } from './storage-driver';

/** The bucket driver from the S3_* variables (STORAGE_DRIVER=s3, or the copy command's target). */
export function s3DriverFrom(env: Env): S3StorageDriver {
  if (!env.S3_BUCKET) throw new Error('S3_BUCKET is required for the s3 storage driver');
  return new S3StorageDriver({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
  });
}

/** STORAGE_DRIVER=local (default, FILES_DIR) or s3. */
export function storageDriverFrom(env: Env): StorageDriver {
  return env.STORAGE_DRIVER === 's3' ? s3DriverFrom(env) : new LocalStorageDriver(env.FILES_DIR);
}
