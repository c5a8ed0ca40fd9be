import { verifyProofs } from './backup/backup-archive';
import { fail, reportProofs, storageOptions } from './backup/cli-options';

/** `pnpm verify-proofs`: every proof document in the database has its file in FILES_DIR, with the recorded SHA-256. */
async function main() {
  if (!reportProofs(await verifyProofs(storageOptions()))) process.exit(2);
}

main().catch(fail);
