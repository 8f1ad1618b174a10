#!/usr/bin/env bash
# chat-service overhead of sending a message in a conversation with 200 and with 2,000 stored
# messages, against the provider simulator (zero delay), and time to first SSE byte of a streamed
# reply next to the simulator's own first byte. Start the stack first (./run, simulator on :8090).
# Needs wrk, curl and jq.
set -euo pipefail

AUTH_URL="${AUTH_URL:-http://localhost:8081}"
BASE_URL="${BASE_URL:-http://localhost:8083}"
SIMULATOR="${SIMULATOR:-http://localhost:8090}"
DURATION="${DURATION:-15s}"
EMAIL="${BENCH_EMAIL:-bench@example.com}"
PASSWORD="${BENCH_PASSWORD:-bench password 12345}"
here="$(cd "$(dirname "$0")" && pwd)"

# The first account of a fresh stack needs auth-service's setup token (./run keeps it in .local/).
SETUP_TOKEN="${BENCH_SETUP_TOKEN:-$(cat "$(dirname "$0")/../../.local/auth-setup-token" 2>/dev/null || true)}"
curl -s -o /dev/null -X POST "$AUTH_URL/api/v1/user/create" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"first_name\":\"Bench\",\"last_name\":\"Mark\",\"setup_token\":\"$SETUP_TOKEN\"}"
BENCH_TOKEN="$(curl -sf -X POST "$AUTH_URL/api/v1/user/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" | jq -r .access_token)"
export BENCH_TOKEN
AUTH="Authorization: Bearer $BENCH_TOKEN"

# A conversation with N stored messages: N/2 exchanges through the API (each stores two).
conversation_with() {
  local id
  id=$(curl -sf -X POST "$BASE_URL/api/v1/conversations" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"title\":\"bench $1\",\"provider\":\"ollama\",\"model\":\"llama3.2:3b\"}" | jq -r .id)
  for _ in $(seq 1 $(($1 / 2))); do
    curl -sf -o /dev/null -X POST "$BASE_URL/api/v1/conversations/$id/messages" -H "$AUTH" \
      -H 'Content-Type: application/json' -d '{"content":"A verse about rain on the studio roof."}'
  done
  echo "$id"
}

echo "== the simulator alone (POST /api/chat), 4 connections =="
wrk -t1 -c4 -d"$DURATION" --latency -s "$here/ollama.lua" "$SIMULATOR/api/chat" | sed -n '/Latency Distribution/,/Requests\/sec/p'

for size in 200 2000; do
  echo "== seeding a conversation with $size messages =="
  BENCH_CONVERSATION=$(conversation_with "$size")
  export BENCH_CONVERSATION
  echo "== send a message, $size stored, 4 connections =="
  wrk -t1 -c4 -d"$DURATION" --latency -s "$here/send.lua" "$BASE_URL" | sed -n '/Latency Distribution/,/Requests\/sec/p'
done

echo "== time to first byte, median of 20: streamed reply vs the simulator's own stream =="
first_byte() { sort -n | awk '{a[NR]=$1} END {printf "%.1f ms\n", a[int((NR+1)/2)] * 1000}'; }
for _ in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_starttransfer}\n' -X POST "$BASE_URL/api/v1/conversations/$BENCH_CONVERSATION/messages/stream" \
    -H "$AUTH" -H 'Content-Type: application/json' -H 'Accept: text/event-stream' -d '{"content":"One more?"}'
done | { printf "service SSE (2,000+ stored):  "; first_byte; }
for _ in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_starttransfer}\n' -X POST "$SIMULATOR/api/chat" -H 'Content-Type: application/json' \
    -d '{"model":"llama3.2:3b","stream":true,"messages":[{"role":"user","content":"hi"}]}'
done | { printf "simulator NDJSON:             "; first_byte; }
