import 'reflect-metadata';
import { copyStoredFiles } from '../core/storage/bulk-files';
import { LocalStorageDriver } from '../core/storage/local-storage.driver';
import { s3DriverFrom } from '../core/storage/storage-drivers';
import { referencedFiles, storageEnv } from './storage-cli';
import { fromCaller } from './backup/cli-options';
import { openDataSource } from './cli-data-source';

/**
 * `pnpm storage:copy-to-bucket`: copies the files of FILES_DIR to the S3_* bucket under the same keys, checking each
 * SHA-256 (source and copy). Run it again after an interruption: it skips what is already there. Exit code 1 when a
 * file is missing or does not match its hash (listed by id).
 */
async function main() {
  const env = storageEnv(process.env);
  const dataSource = await openDataSource();
  const source = new LocalStorageDriver(fromCaller(env.FILES_DIR));
  const target = s3DriverFrom(env);
  let last = 0;
  const report = await copyStoredFiles(referencedFiles(dataSource), source, target, (r) => {
    const done = r.copied + r.alreadyThere + r.missing.length + r.mismatched.length;
    if (done - last >= 100) {
      last = done;
      console.log(`… ${done} fichier(s) traité(s)`);
    }
  });
  await dataSource.destroy();
  await target.close();
  console.log(
    `Copie vers le bucket ${env.S3_BUCKET} : ${report.copied} copié(s), ${report.alreadyThere} déjà présent(s) et identique(s), ` +
      `${report.missing.length} absent(s) du disque, ${report.mismatched.length} empreinte(s) différente(s).`,
  );
  if (report.missing.length) console.log(`Absents (id) : ${report.missing.join(', ')}`);
  if (report.mismatched.length) console.log(`Empreinte différente (id) : ${report.mismatched.join(', ')}`);
  if (report.missing.length || report.mismatched.length) process.exitCode = 1;
}

if (require.main === module)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
