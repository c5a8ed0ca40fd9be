import 'reflect-metadata';
import { join } from 'node:path';
import { backup } from './backup/backup-archive';
import { fail, fromCaller, reportProofs, storageOptions } from './backup/cli-options';

/** `pnpm backup [dossier]`: database dump, copy of FILES_DIR or of the bucket, manifest of SHA-256, in a new folder. */
async function main() {
  const out = fromCaller(
    process.argv[2] ?? join('backups', `passerelle-${new Date().toISOString().replace(/[:.]/g, '-')}`),
  );
  const options = storageOptions();
  const { manifest, proofs } = await backup({ ...options, out });
  await options.store.close?.();
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, manifest.database.size);
  console.log(`Sauvegarde écrite dans ${out} : base et ${manifest.files.length} fichier(s), ${bytes} octets.`);
  // A proof that no longer matches is reported (and fails the command) but the backup is kept: it is still the best copy.
  if (!reportProofs(proofs)) process.exit(2);
}

main().catch(fail);
