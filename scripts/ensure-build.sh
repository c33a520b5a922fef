#!/usr/bin/env bash
# Builds the app unless a build newer than every source file exists.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ -f .next/BUILD_ID ] && [ -z "$(find app components lib public proxy.ts next.config.js tailwind.config.ts package-lock.json -newer .next/BUILD_ID -print -quit 2>/dev/null)" ]; then
  exit 0
fi
echo "› Building Goalboard (next build, a minute or two)…"
# The build's own report is for developers: shown in full only when it fails, its warnings always.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! npx next build >"$log" 2>&1; then
  cat "$log"
  exit 1
fi
grep -E "⚠|[Ww]arn" "$log" || true
