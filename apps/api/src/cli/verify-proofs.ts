import 'reflect-metadata';
import { verifyProofs } from './backup/backup-archive';
import { fail, reportProofs, storageOptions } from './backup/cli-options';

/**
 * `pnpm verify-proofs`: every proof document in the database has its file, with the recorded SHA-256: in FILES_DIR,
 * or in the S3_* bucket with STORAGE_DRIVER=s3.
 */
async function main() {
  const options = storageOptions();
  const check = await verifyProofs(options);
  await options.store.close?.();
  if (!reportProofs(check)) process.exit(2);
}

main().catch(fail);
