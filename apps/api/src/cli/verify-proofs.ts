import { verifyStoredFiles } from '../core/storage/bulk-files';
import { s3DriverFrom } from '../core/storage/storage-drivers';
import { verifyProofs } from './backup/backup-archive';
import { fail, reportProofs, storageOptions } from './backup/cli-options';
import { openDataSource } from './cli-data-source';
import { referencedFiles, storageEnv } from './storage-cli';

/**
 * `pnpm verify-proofs`: every proof document in the database has its file, with the recorded SHA-256: in FILES_DIR,
 * or in the S3_* bucket with STORAGE_DRIVER=s3.
 */
async function main() {
  if (process.env.STORAGE_DRIVER === 's3') {
    const dataSource = await openDataSource();
    const bucket = s3DriverFrom(storageEnv(process.env));
    const check = await verifyStoredFiles(referencedFiles(dataSource), bucket);
    await dataSource.destroy();
    await bucket.close();
    if (!reportProofs(check)) process.exit(2);
    return;
  }
  if (!reportProofs(await verifyProofs(storageOptions()))) process.exit(2);
}

main().catch(fail);
