import root from '../../eslint.config.mjs';

export default [
  ...root,
  {
    // Every spec takes `test` and `expect` from ./helpers: its `test` fails on a console error or a React warning.
    files: ['src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: 'Importez test et expect depuis ./helpers (console surveillée).',
            },
          ],
        },
      ],
    },
  },
];
