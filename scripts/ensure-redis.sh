#!/usr/bin/env bash
# The Redis tests (tests/redis, e2e/redis-instances.spec.ts) start their own redis-server from Debian.
set -euo pipefail
REDIS_SERVER="${REDIS_SERVER_PATH:-redis-server}"
if command -v "$REDIS_SERVER" >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "› Installing redis-server from Debian (apt-get)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
else
  echo "redis-server is needed for the Redis tests: install Debian's 'redis-server' package (sudo apt-get install redis-server)" >&2
  echo "or set REDIS_SERVER_PATH to a redis-server binary." >&2
  exit 1
fi
