# Sourced by start.sh and test.sh: checks Node.js and sets PNPM to a pnpm of the version package.json pins.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v node >/dev/null 2>&1; then
  echo "Node.js introuvable : installez Node.js 20.19 ou plus récent (https://nodejs.org), puis relancez." >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "Node.js $(node -v) trop ancien : Passerelle demande Node.js 20.19 ou plus récent." >&2
  exit 1
fi
PNPM_VERSION=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version)" = "$PNPM_VERSION" ]; then
  PNPM="pnpm"
else
  PNPM="npx --yes pnpm@$PNPM_VERSION"
fi
export PNPM
