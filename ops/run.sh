#!/usr/bin/env bash
# The main job: build Sluice (release), start the whole pipeline on this host with the
# default pipeline file, feed it a sample stream (the sample file, then a synthetic load),
# and show pipectl status. The pipeline keeps running: `.build/release/pipectl down` stops it.
#
#   ops/run.sh                 # defaults
#   COUNT=20000 RATE=2000 ops/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/env.sh
bash ops/setup.sh

PIPELINE=${PIPELINE:-pipelines/default.toml}
DATA=${DATA:-.sluice/default}
COUNT=${COUNT:-5000}
RATE=${RATE:-1000}
DETECT=${DETECT:-2}

echo "== building (release)"
swift build -c release 2>&1 | grep -E "error|warning: |Compiling|Build complete" | grep -v "^\[" || true
BIN=$(swift build -c release --show-bin-path)

echo "== starting the pipeline ($PIPELINE, detect x$DETECT, data in $DATA)"
"$BIN/pipectl" down --pipeline "$PIPELINE" --data "$DATA" >/dev/null 2>&1 || true
"$BIN/pipectl" up "$PIPELINE" --scale "detect=$DETECT" --data "$DATA"

echo "== feeding the sample file (pipelines/samples/listings.jsonl, including bad input)"
"$BIN/sluice-loadgen" --pipeline "$PIPELINE" --data "$DATA" --from-file pipelines/samples/listings.jsonl --rate 200

echo "== feeding a synthetic stream: $COUNT listings at $RATE/s"
"$BIN/sluice-loadgen" --pipeline "$PIPELINE" --data "$DATA" --count "$COUNT" --rate "$RATE"
sleep 2

echo "== pipectl status"
"$BIN/pipectl" status --pipeline "$PIPELINE" --data "$DATA"
echo
echo "The pipeline is still running. Try:"
echo "  $BIN/pipectl status --watch --data $DATA"
echo "  $BIN/pipectl deadletters --data $DATA"
echo "  $BIN/pipectl listing sample-001 --data $DATA"
echo "  $BIN/pipectl down --data $DATA"
