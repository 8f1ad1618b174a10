#!/usr/bin/env bash
# Login latency and protected-endpoint throughput of a running auth-service.
# Start the stack first (./run at the repository root), then: auth-service/bench/run.sh
# Needs wrk (apt-get install wrk / brew install wrk). Prints wrk's latency distribution.
set -euo pipefail

BASE_URL="${BASE_URL:-http://localhost:8081}"
DURATION="${DURATION:-20s}"
export BENCH_EMAIL="${BENCH_EMAIL:-bench@example.com}"
export BENCH_PASSWORD="${BENCH_PASSWORD:-bench password 12345}"
here="$(cd "$(dirname "$0")" && pwd)"
# On a fresh stack the first account needs the setup token ./run keeps in .local/.
SETUP_TOKEN="${BENCH_SETUP_TOKEN:-$(cat "$here/../../.local/auth-setup-token" 2>/dev/null || true)}"

command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }

# The bench account: created when registration allows it (first user, or AUTH_REGISTRATION=open).
curl -s -o /dev/null -X POST "$BASE_URL/api/v1/user/create" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"Mark\",\"setup_token\":\"$SETUP_TOKEN\"}"
BENCH_TOKEN="$(curl -sf -X POST "$BASE_URL/api/v1/user/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')" \
  || { echo "cannot log in as $BENCH_EMAIL; set BENCH_EMAIL/BENCH_PASSWORD to an existing account" >&2; exit 1; }
export BENCH_TOKEN

echo "== warm-up (JIT) =="
wrk -t1 -c2 -d5s -s "$here/profile.lua" "$BASE_URL/api/v1/user/profile" >/dev/null
wrk -t1 -c1 -d5s -s "$here/login.lua" "$BASE_URL/api/v1/user/login" >/dev/null

# One connection: logins to one account are serialised on purpose (the user row is locked so the
# lockout count stays exact), so more connections would only measure queueing.
echo "== login: POST /api/v1/user/login, 1 connection, $DURATION =="
wrk -t1 -c1 -d"$DURATION" --latency -s "$here/login.lua" "$BASE_URL/api/v1/user/login"

echo "== verify-only: GET /api/v1/user/profile with a bearer token, 16 connections, $DURATION =="
wrk -t2 -c16 -d"$DURATION" --latency -s "$here/profile.lua" "$BASE_URL/api/v1/user/profile"
