import 'reflect-metadata';
import { restore } from './backup/backup-archive';
import { fail, fromCaller, reportProofs, storageOptions } from './backup/cli-options';

/** `pnpm restore <dossier>`: into an empty database (DATABASE_URL) and an empty FILES_DIR or bucket, after checking the manifest. */
async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage : pnpm restore <dossier de sauvegarde>');
    process.exit(1);
  }
  const options = storageOptions();
  const { manifest, proofs } = await restore({ ...options, backupDir: fromCaller(dir) });
  await options.store.close?.();
  console.log(
    `Restauré : sauvegarde du ${manifest.createdAt} (migration ${manifest.database.lastMigration ?? 'inconnue'}), ` +
      `${manifest.files.length} fichier(s). Démarrez l’API : elle appliquera les migrations plus récentes.`,
  );
  if (!reportProofs(proofs)) process.exit(2);
}

main().catch(fail);
