#!/usr/bin/env bash
# Chaos: kill -9 every kind of Sluice process while an independent producer streams; then
# check the invariants from the store. See ops/chaos.py --help.
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/env.sh
bash ops/setup.sh >/dev/null
swift build -c release >/dev/null
exec python3 ops/chaos.py "$@"
