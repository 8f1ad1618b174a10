#!/usr/bin/env bash
# image-service gallery list with 10,000 images: median and p99 latency at 50 concurrent
# connections. Start the stack first (./run: image-service on :8084, simulator on :8090).
# Seeds the images through POST /generate against the simulator (8 in parallel; a few minutes)
# unless the bench user already has them. Needs wrk, curl and jq.
set -euo pipefail

AUTH_URL="${AUTH_URL:-http://localhost:8081}"
BASE_URL="${BASE_URL:-http://localhost:8084}"
DURATION="${DURATION:-30s}"
IMAGES="${IMAGES:-10000}"
EMAIL="${BENCH_EMAIL:-bench@example.com}"
PASSWORD="${BENCH_PASSWORD:-bench password 12345}"
here="$(cd "$(dirname "$0")" && pwd)"

# The first account of a fresh stack needs auth-service's setup token (./run keeps it in .local/).
SETUP_TOKEN="${BENCH_SETUP_TOKEN:-$(cat "$(dirname "$0")/../../.local/auth-setup-token" 2>/dev/null || true)}"
curl -s -o /dev/null -X POST "$AUTH_URL/api/v1/user/create" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"Mark\",\"setup_token\":\"$SETUP_TOKEN\"}"
BENCH_TOKEN="$(curl -sf -X POST "$AUTH_URL/api/v1/user/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | jq -r .access_token)"
export BENCH_TOKEN BASE_URL

have=$(curl -sf "$BASE_URL/api/v1/image/list?limit=1" -H "Authorization: Bearer $BENCH_TOKEN" | jq .total)
if [ "$have" -lt "$IMAGES" ]; then
  # One user seeds them all: no daily image limit (IMAGE_DAILY_LIMIT) while seeding, the admin's
  # one back after. The bench user is the stack's first account, so an admin.
  limit_before=$(curl -sf "$BASE_URL/api/v1/image/budget/limit" -H "Authorization: Bearer $BENCH_TOKEN" || echo '{}')
  restore_limit() {
    if [ "$(jq -r '.overridden // false' <<<"$limit_before")" = true ]; then
      curl -sf -o /dev/null -X PUT "$BASE_URL/api/v1/image/budget/limit" \
        -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
        -d "{\"daily_limit\":$(jq .daily_limit <<<"$limit_before")}" || true
    else
      curl -sf -o /dev/null -X DELETE "$BASE_URL/api/v1/image/budget/limit" \
        -H "Authorization: Bearer $BENCH_TOKEN" || true
    fi
  }
  trap restore_limit EXIT
  curl -sf -o /dev/null -X PUT "$BASE_URL/api/v1/image/budget/limit" \
    -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    -d '{"daily_limit":0}' || echo "(the bench user is no admin: seeding stops at IMAGE_DAILY_LIMIT)"
  echo "== seeding $((IMAGES - have)) images through the simulator =="
  seq "$have" $((IMAGES - 1)) | xargs -P 8 -I{} sh -c '
    n={}; c=$( [ $((n % 3)) -eq 0 ] && echo album-cover || echo landscape )
    w=$( [ $((n % 10)) -eq 0 ] && echo violet || echo amber )
    curl -sf -o /dev/null -X POST "$BASE_URL/api/v1/image/generate" \
      -H "Authorization: Bearer $BENCH_TOKEN" -H "Content-Type: application/json" \
      -d "{\"prompt\":\"bench $n a $w sky 0001\",\"title\":\"Bench $n\",\"composition\":\"$c\",\"tags\":[\"bench\"]}"'
fi

echo "== GET /api/v1/image/list over $IMAGES images, 50 connections, $DURATION =="
wrk -t2 -c50 -d"$DURATION" --latency -s "$here/list.lua" "$BASE_URL" | sed -n '/Latency Distribution/,/Requests\/sec/p'
