import { revertLastMigrationUnderLock } from '../core/database/migrations-lock';
import { cliDataSourceOptions } from './cli-data-source';

/** `pnpm db:migrate:revert`: reverts the last applied migration (run it once per migration to undo). */
async function main() {
  const reverted = await revertLastMigrationUnderLock(cliDataSourceOptions());
  console.log(reverted ? `Migration annulée : ${reverted}` : 'Aucune migration appliquée : rien à annuler.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
