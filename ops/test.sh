#!/usr/bin/env bash
# Runs every test: unit tests per library, the corpus evaluation, and end-to-end tests that
# start the real executables over ZeroMQ on 127.0.0.1 with a real SQLite store.
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/env.sh
bash ops/setup.sh

echo "== building (debug, with tests)"
swift build --build-tests 2>&1 | grep -E "error|warning: |Build complete" || true
swift build --build-tests >/dev/null
if [ $# -gt 0 ]; then
  swift test --skip-build "$@"
  exit
fi
echo "== unit and corpus tests (in parallel)"
swift test --skip-build --skip EndToEndTests
# Each end-to-end test runs whole pipelines of real processes; on a 2-core machine they run one
# at a time, so no test starves another.
echo "== end-to-end tests (one at a time)"
swift test --skip-build --filter EndToEndTests --no-parallel
