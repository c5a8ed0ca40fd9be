#!/usr/bin/env bash
# Installs everything, brings up PostgreSQL and Redis, migrates, loads the demo data and serves the API and the web client.
source "$(dirname "$0")/ensure-pnpm.sh"
pnpm install --frozen-lockfile
exec node scripts/dev.mjs
