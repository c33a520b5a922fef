#!/usr/bin/env bash
# npm run demo: install if needed, build if needed, then start the emulator and Goalboard.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ "${1:-}" != "--dev" ]; then bash scripts/ensure-build.sh; fi
exec npx tsx scripts/demo.ts "$@"
