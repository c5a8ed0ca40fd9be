import path from 'node:path';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import root from '../../eslint.config.mjs';

const SRC = path.join(import.meta.dirname, 'src');

/** `lib` for src/lib, the module's folder name for src/modules/<area>, null elsewhere (app, main, generated). */
function layerOf(file) {
  const [top, area] = path.relative(SRC, file).split(path.sep);
  if (top === 'lib') return 'lib';
  if (top === 'modules' && area && !area.includes('.')) return area;
  return null;
}

/**
 * Which way imports point on the web (see apps/web/README.md, "Layers"): lib imports no module; modules/common
 * imports no feature module; a feature module reaches another only through that module's index.ts.
 */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between lib, modules/common and feature modules point one way' },
    messages: {
      lib: 'src/lib imports no module ({{target}}): move what it needs into lib.',
      common: 'modules/common imports no feature module ({{target}}).',
      index: 'Import another module through its public index ("{{index}}"), not {{target}}.',
    },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source.value);
      const [top, area, ...rest] = path.relative(SRC, target).split(path.sep);
      if (top !== 'modules' || !area) return;
      const data = { target: source.value };
      if (from === 'lib') return context.report({ node: source, messageId: 'lib', data });
      if (area === from) return;
      if (from === 'common') return context.report({ node: source, messageId: 'common', data });
      if (area === 'common') return;
      if (rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]))) return;
      const index = path.relative(path.dirname(context.filename), path.join(SRC, 'modules', area));
      context.report({ node: source, messageId: 'index', data: { ...data, index } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  ...root,
  reactHooks.configs.flat['recommended-latest'],
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { passerelle: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: { 'passerelle/module-boundaries': 'error' },
  },
  {
    // Pages only render: a page's queries, mutations, form state and notices live in its module's hooks/ (useXxx).
    files: ['src/modules/*/pages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@apollo/client', '@apollo/client/react'].map((name) => ({
            name,
            importNames: ['useQuery', 'useMutation', 'useLazyQuery', 'useSuspenseQuery'],
            message: "Pages only render: move queries and mutations into a useXxx hook in the module's hooks/ folder.",
          })),
        },
      ],
    },
  },
);
