# Sourced by start.sh and test.sh: checks Node.js and puts a pnpm of the version package.json pins on PATH
# (a global one if it matches, otherwise one installed under .data/tools by npm), so that every child process
# (Nx, the test runner, the dev servers) finds `pnpm`.
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
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  TOOLS_DIR="$PWD/.data/tools"
  if [ ! -x "$TOOLS_DIR/bin/pnpm" ] || [ "$("$TOOLS_DIR/bin/pnpm" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "pnpm $PNPM_VERSION absent : installation locale dans .data/tools (npm)…"
    if ! npm install --global --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null; then
      echo "Installation de pnpm $PNPM_VERSION impossible : vérifiez l'accès au registre npm, ou installez-le (npm install -g pnpm@$PNPM_VERSION)." >&2
      exit 1
    fi
  fi
  export PATH="$TOOLS_DIR/bin:$PATH"
fi
PNPM="pnpm"
export PNPM
