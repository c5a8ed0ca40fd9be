// Usage (from a worktree root, after `pnpm exec nx run-many -t build`):
//   cp /work/wt/e2e.mjs scripts/_e2e-local.mjs && node scripts/_e2e-local.mjs [playwright args, e.g. src/x.spec.ts]
// then delete scripts/_e2e-local.mjs (never commit it). Starts a throwaway stack on free ports and runs Playwright.
import { spawnSync } from 'node:child_process';
import { startE2eStack } from './e2e-stack.mjs';
const stack = await startE2eStack({ postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres', redisUrl: 'redis://127.0.0.1:6379' });
const r = spawnSync('pnpm', ['--filter', '@passerelle/web-e2e', 'exec', 'playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: stack.baseURL, E2E_API_URL: stack.apiURL, CHROMIUM_PATH: '/usr/bin/chromium' },
});
await stack.stop();
process.exit(r.status ?? 1);
