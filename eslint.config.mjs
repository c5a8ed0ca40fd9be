import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import apiBoundaries from './apps/api/eslint-rules/api-boundaries.cjs';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-e2e/**',
      '**/node_modules/**',
      '**/generated/**',
      '**/coverage/**',
      '**/.vite/**',
      '**/test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Layers of apps/api (docs/architecture.md): core imports no module; modules meet only through public files.
    files: ['apps/api/src/**/*.ts'],
    plugins: { passerelle: { rules: { 'api-boundaries': apiBoundaries } } },
    rules: { 'passerelle/api-boundaries': 'error' },
  },
);
