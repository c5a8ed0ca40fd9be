import { loadDemoData } from '../seed/demo-data';
import { openDataSource } from './cli-data-source';

/** `pnpm db:seed`: loads the demo data; running it again changes nothing. */
async function main() {
  const dataSource = await openDataSource();
  await dataSource.runMigrations({ transaction: 'each' });
  const summary = await loadDemoData(dataSource, { activity: true });
  console.log(`Données de démonstration : ${summary.created} élément(s) créé(s), ${summary.existing} déjà présent(s).`);
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
