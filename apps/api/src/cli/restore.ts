import { restore } from './backup/backup-archive';
import { fail, fromCaller, reportProofs, storageOptions } from './backup/cli-options';

/** `pnpm restore <dossier>`: into an empty database (DATABASE_URL) and an empty FILES_DIR, after checking the manifest. */
async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage : pnpm restore <dossier de sauvegarde>');
    process.exit(1);
  }
  const { manifest, proofs } = await restore({ ...storageOptions(), backupDir: fromCaller(dir) });
  console.log(
    `Restauré : sauvegarde du ${manifest.createdAt} (migration ${manifest.database.lastMigration ?? 'inconnue'}), ` +
      `${manifest.files.length} fichier(s). Démarrez l’API : elle appliquera les migrations plus récentes.`,
  );
  if (!reportProofs(proofs)) process.exit(2);
}

main().catch(fail);
