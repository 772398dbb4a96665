#!/usr/bin/env bash
# Installs what Sluice needs on a fresh Debian machine that has the Swift toolchain:
# libzmq and SQLite headers, TCMalloc (the stages' allocator), pyzmq (the independent client the end-to-end tests use) and
# docker-compose (to validate docker-compose.yml; no Docker engine is needed) and iproute2
# (the two-host test runs workers in a network namespace of their own); libcurl headers for the
# image's static build, which a test repeats without Docker.
# Safe to run again: it only installs what is missing.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi
command -v swift >/dev/null 2>&1 || { echo "setup: swift not found; install the Swift 6 toolchain first" >&2; exit 1; }

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in libzmq3-dev libsqlite3-dev libcurl4-openssl-dev libtcmalloc-minimal4 pkg-config python3-yaml iproute2; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
command -v docker-compose >/dev/null 2>&1 || missing+=("docker-compose")
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import zmq' >/dev/null 2>&1; then
  echo "setup: installing pyzmq"
  python3 -m pip install -q pyzmq 2>/dev/null || python3 -m pip install -q --break-system-packages pyzmq
fi
echo "setup: ready (swift $(swift --version 2>/dev/null | head -1 | sed 's/.*version \([0-9.]*\).*/\1/'), libzmq $(pkg-config --modversion libzmq))"
