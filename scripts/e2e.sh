#!/usr/bin/env bash
# `npm run test:e2e`: install the e2e tools if needed, build, run the suite in a real VS Code.
# The last line printed is "e2e: N passed, N failed"; the exit code is non-zero on any failure.
#   VSCODE_TEST_BACKEND=code-server (default, offline) | electron (needs a network)
#   SOATTIN_E2E_GREP=<text>  run only the suite tests whose title contains <text>
#   SOATTIN_E2E_UI=0         skip the UI checks and screenshots (code-server only)
set -uo pipefail
cd "$(dirname "$0")/.."
fail() { echo "e2e: $1" >&2; echo "e2e: 0 passed, 1 failed"; exit 1; }
if [ "${VSCODE_TEST_BACKEND:-code-server}" = code-server ]; then
  bash scripts/e2e-setup.sh || fail "setup failed (scripts/e2e-setup.sh)"
fi
node scripts/build.mjs || fail "build failed (npm run build)"
exec node test/e2e/run.mjs
