#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than the lockfile, so the
# README's commands work on a fresh clone with nothing else run first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
