const swc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** Unit specs live beside the code (src/**\/*.spec.ts); e2e specs in test/ run against real PostgreSQL and Redis. */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/eslint-rules/*.spec.ts',
    '<rootDir>/test/**/*.service-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  // Each spec file migrates and seeds its own database in beforeAll: generous, for a loaded CI machine.
  testTimeout: 90000,
  maxWorkers: 2,
};
