import { openDataSource } from './cli-data-source';

/** `pnpm db:migrate`: applies pending migrations. */
async function main() {
  const dataSource = await openDataSource();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(
    applied.length
      ? `Migrations appliquées : ${applied.map((m) => m.name).join(', ')}`
      : 'Base à jour, aucune migration à appliquer.',
  );
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
