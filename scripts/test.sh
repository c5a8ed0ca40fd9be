#!/usr/bin/env bash
# Runs every check: lint, typecheck, unit and API e2e tests (real PostgreSQL and Redis), then the browser tests.
source "$(dirname "$0")/ensure-pnpm.sh"
pnpm install --frozen-lockfile
exec node scripts/test.mjs
