#!/usr/bin/env bash
# npm test: every check CI makes, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CI=1
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-redis.sh
echo "› Lint";        npx eslint . --max-warnings=0
echo "› Cycles";      npm run --silent cycles
echo "› Types";       npx tsc --noEmit
echo "› Unit tests";  npx vitest run
echo "› Build";       NEXT_SKIP_TYPECHECK=1 npx next build
echo "› End-to-end";  npx playwright test
echo "› Bench (smoke)"; npm run --silent bench -- --smoke --dist-dir .next --reuse-build
