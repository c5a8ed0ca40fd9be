import { migrateUnderLock } from '../core/database/migrations-lock';
import { cliDataSourceOptions } from './cli-data-source';

/** `pnpm db:migrate`: applies pending migrations (under the advisory lock the API also takes at start-up). */
async function main() {
  const applied = await migrateUnderLock(cliDataSourceOptions());
  console.log(
    applied.length
      ? `Migrations appliquées : ${applied.map((m) => m.name).join(', ')}`
      : 'Base à jour, aucune migration à appliquer.',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
