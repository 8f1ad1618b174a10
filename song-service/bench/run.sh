#!/usr/bin/env bash
# Load benchmark of the job pipeline against a running song-service (e.g. the local stack started as
# `MUREKA_MAX_CONCURRENT=10 ./run`, whose Mureka is the simulator): JOBS jobs whose style prompt asks
# the simulator to run SECONDS each. Prints total time, polls per job, peak slots in use, and the
# latency of status calls made meanwhile. Needs curl, jq, openssl; mints its own token with the local
# stack's signing key (.local/jwt/private.pem), so it runs from the repository root.
set -euo pipefail

BASE=${BASE:-http://localhost:8085}
JOBS=${JOBS:-200}
SECONDS_PER_JOB=${SECONDS_PER_JOB:-30}
PARALLEL=${PARALLEL:-20}
KEY=${KEY:-.local/jwt/private.pem}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
user=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
# An admin, so it can lift the daily song limit (SONG_DAILY_LIMIT) for the run and put it back.
payload=$(printf '{"iss":"mac-ai-service","sub":"%s","upn":"bench@local","groups":["user","admin"],"iat":%d,"exp":%d}' \
  "$user" "$now" "$((now + 3600))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
TOKEN="$header.$payload.$signature"
AUTH="Authorization: Bearer $TOKEN"

metric() { # sum of a Prometheus counter over its label sets
  curl -s "$BASE/q/metrics" | awk -v m="$1" -v f="$2" 'index($0, m"{")==1 && index($0, f) {s+=$NF} END {print s+0}'
}

# One user submits all jobs: no daily limit while the benchmark runs, the admin's one back after.
limit_before=$(curl -sf "$BASE/api/v1/song/budget/limit" -H "$AUTH" || echo '{}')
restore_limit() {
  if [[ $(jq -r '.overridden // false' <<<"$limit_before") == true ]]; then
    curl -sf -o /dev/null -X PUT "$BASE/api/v1/song/budget/limit" -H "$AUTH" \
      -H 'Content-Type: application/json' -d "{\"daily_limit\":$(jq .daily_limit <<<"$limit_before")}" || true
  else
    curl -sf -o /dev/null -X DELETE "$BASE/api/v1/song/budget/limit" -H "$AUTH" || true
  fi
}
trap restore_limit EXIT
curl -sf -o /dev/null -X PUT "$BASE/api/v1/song/budget/limit" -H "$AUTH" \
  -H 'Content-Type: application/json' -d '{"daily_limit":0}'

queries_before=$(metric provider_calls_seconds_count 'operation="query"')
echo "Submitting $JOBS jobs ($SECONDS_PER_JOB s each at the simulator), $PARALLEL at a time..."
start=$(date +%s.%N)
seq "$JOBS" | xargs -P "$PARALLEL" -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "$BASE/api/v1/song/generate" \
  -H "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"lyrics\":\"bench {}\",\"prompt\":\"bench, ${SECONDS_PER_JOB}s\",\"model\":\"auto\"}" | sort | uniq -c
submitted=$(date +%s.%N)
task=$(curl -s "$BASE/api/v1/song/list?limit=1" -H "$AUTH" | jq -r '.items[0].task_id')

peak=0; latencies=()
while :; do
  t=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/v1/song/task/status/$task" -H "$AUTH")
  latencies+=("$t")
  q=$(curl -s "$BASE/api/v1/song/task/queue-status" -H "$AUTH")
  in_use=$(jq -r '.slots_in_use // 0' <<<"$q"); done_jobs=$(jq -r '.completed + .failed' <<<"$q")
  ((in_use > peak)) && peak=$in_use
  ((done_jobs >= JOBS)) && break
  sleep 1
done
end=$(date +%s.%N)
queries_after=$(metric provider_calls_seconds_count 'operation="query"')

printf '%s\n' "${latencies[@]}" | sort -n > /tmp/song-bench-latencies
n=$(wc -l < /tmp/song-bench-latencies)
p() { sed -n "$(( ($1 * n + 99) / 100 ))p" /tmp/song-bench-latencies; }
echo "jobs:                 $JOBS (cap: $(jq -r .slots_max <<<"$q"), $(jq -r .failed <<<"$q") failed)"
echo "submit time:          $(echo "$submitted - $start" | bc) s"
echo "total time:           $(echo "$end - $start" | bc) s (ideal $(( JOBS * SECONDS_PER_JOB / $(jq -r .slots_max <<<"$q") )) s)"
echo "polls per job:        $(echo "scale=1; ($queries_after - $queries_before) / $JOBS" | bc)"
echo "peak slots in use:    $peak"
echo "status call latency:  p50 $(p 50) s, p95 $(p 95) s, max $(tail -1 /tmp/song-bench-latencies) s ($n samples)"
