#!/usr/bin/env bash
# Sluice beside the plain Python pipeline in one sitting: throughput ratio, latency at a fixed
# load, CPU per listing, peak memory and store size. See ops/bench.py --help.
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/env.sh
bash ops/setup.sh >/dev/null
exec python3 ops/bench.py "$@"
