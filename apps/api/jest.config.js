const swc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** ESM-only packages (file-type and its parsers): Node 20.19+ loads them with require(), Jest needs them compiled. */
const ESM_PACKAGES = [
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer/inflate',
  '@borewit/text-codec',
];
const esm = ESM_PACKAGES.map((name) => name.replace('/', '[+/]')).join('|');

/** Unit specs live beside the code (src/**\/*.spec.ts); e2e specs in test/ run against real PostgreSQL and Redis. */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  // file-type exports no `require` condition; Node resolves it (module-sync), Jest is given the file.
  moduleNameMapper: { '^file-type$': require.resolve('file-type') },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    [`/node_modules/(\\.pnpm/)?(${esm})[@/].+\\.js$`]: [
      '@swc/jest',
      { ...swc, swcrc: false, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${esm})[@/])`],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  // Each spec file migrates and seeds its own database in beforeAll: generous, for a loaded CI machine.
  testTimeout: 90000,
  maxWorkers: 2,
};
