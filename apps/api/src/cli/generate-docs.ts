import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, GENERATED_SECTIONS, withGeneratedSections } from './docs-sections';

/** `pnpm docs:generate`: rewrites the generated sections of docs/ (roles, scopes, scheduled jobs); then `pnpm format`. */
for (const [file, sections] of Object.entries(GENERATED_SECTIONS)) {
  const path = join(DOCS_DIR, file);
  writeFileSync(path, withGeneratedSections(readFileSync(path, 'utf8'), sections));
  console.log(`Sections générées réécrites dans ${path}`);
}
