#!/usr/bin/env bash
# Builds the app unless a build newer than every source file exists.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ -f .next/BUILD_ID ] && [ -z "$(find app components lib public proxy.ts next.config.ts tailwind.config.ts package-lock.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
  exit 0
fi
echo "› Building Goalboard (next build)…"
npx next build
