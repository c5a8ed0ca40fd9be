import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { join } from 'node:path';

/** The committed SDL, for integrators and for the web client's code generation. */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema.graphql');

export function renderSchema(schema: GraphQLSchema): string {
  return `# Schéma GraphQL de l'API Passerelle. Fichier généré par \`pnpm schema:generate\` : ne pas modifier à la main.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
