import { GraphQLSchemaHost } from '@nestjs/graphql';
import { writeFileSync } from 'node:fs';
import { createApp } from '../bootstrap';
import { parseEnv } from '../core/config/env';
import { renderSchema, SCHEMA_FILE } from '../core/graphql/schema-file';

/** `pnpm schema:generate`: writes apps/api/schema.graphql from the code-first resolvers. */
async function main() {
  const app = await createApp({ ...parseEnv(process.env), JOBS_ENABLED: false, RUN_MIGRATIONS: false });
  await app.init();
  writeFileSync(SCHEMA_FILE, renderSchema(app.get(GraphQLSchemaHost).schema));
  console.log(`Schéma écrit dans ${SCHEMA_FILE}`);
  await app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
