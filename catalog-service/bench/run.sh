#!/usr/bin/env bash
# List and search latency of catalog-service with 10,000 sketches and 2,000 equipment rows for one
# user, at 50 concurrent requests. Start the stack first (./run at the repository root).
# Needs wrk and python3. Seeds once per account (skip with SEED=0).
set -euo pipefail

AUTH_URL="${AUTH_URL:-http://localhost:8081}"
BASE_URL="${BASE_URL:-http://localhost:8082}"
DURATION="${DURATION:-20s}"
EMAIL="${BENCH_EMAIL:-bench@example.com}"
PASSWORD="${BENCH_PASSWORD:-bench password 12345}"
here="$(cd "$(dirname "$0")" && pwd)"

command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }

# The first account of a fresh stack needs auth-service's setup token (./run keeps it in .local/).
SETUP_TOKEN="${BENCH_SETUP_TOKEN:-$(cat "$(dirname "$0")/../../.local/auth-setup-token" 2>/dev/null || true)}"
curl -s -o /dev/null -X POST "$AUTH_URL/api/v1/user/create" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"Mark\",\"setup_token\":\"$SETUP_TOKEN\"}"
BENCH_TOKEN="$(curl -sf -X POST "$AUTH_URL/api/v1/user/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')" \
  || { echo "cannot log in as $EMAIL; set BENCH_EMAIL/BENCH_PASSWORD to an existing account" >&2; exit 1; }
export BENCH_TOKEN

existing=$(curl -s "$BASE_URL/api/v1/sketches?limit=1" -H "Authorization: Bearer $BENCH_TOKEN" \
  | sed -E 's/.*"total":([0-9]+).*/\1/')
if [ "${SEED:-1}" = "1" ] && [ "$existing" -lt 10000 ]; then
  echo "== seeding (once) =="
  time python3 "$here/seed.py" "$BASE_URL" "$BENCH_TOKEN" $((10000 - existing)) 2000
fi

echo "== warm-up =="
MODE=list wrk -t2 -c10 -d5s -s "$here/requests.lua" "$BASE_URL" >/dev/null
MODE=search wrk -t2 -c10 -d5s -s "$here/requests.lua" "$BASE_URL" >/dev/null

for mode in list search; do
  echo "== $mode: 50 connections, $DURATION =="
  MODE=$mode wrk -t2 -c50 -d"$DURATION" --latency -s "$here/requests.lua" "$BASE_URL"
done
