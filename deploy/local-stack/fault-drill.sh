#!/usr/bin/env bash
# The fault drill: against a running local stack (./run, or the e2e stack), kill -9 each dependency
# (PostgreSQL, Redis, S3Proxy) and each service in turn; after each kill, the launcher must start it
# again and the gateway's health must be back to 200 within BOUND seconds, and everything written
# before any kill must still be there (a sketch in PostgreSQL before each kill, an image file in S3);
# a song job running while Redis and while song-service die must still finish. Prints the recovery
# time of each and fails on the first that does not recover.
#   deploy/local-stack/fault-drill.sh [BASE_URL] [EMAIL] [PASSWORD]
# Needs curl, jq and ss (iproute2); the account must exist.
set -euo pipefail

base="${1:-https://localhost:8443}"
email="${2:-${E2E_EMAIL:-e2e-owner@example.com}}"
password="${3:-${E2E_PASSWORD:-e2e-password-123}}"
bound="${FAULT_DRILL_BOUND:-120}"

# name:port, in the order they are killed; ports as ./run assigns them by default.
targets=(postgresql:15432 redis:16379 s3proxy:8091
  auth-service:8081 catalog-service:8082 chat-service:8083 image-service:8084 song-service:8085)

fail() {
  echo "[drill] FAILED: $*" >&2
  exit 1
}

api() { curl -sk --max-time 30 -H "Authorization: Bearer $token" "$@"; }

sign_in() {
  token="$(curl -sk --max-time 30 -H 'Content-Type: application/json' \
    -d "$(jq -n --arg e "$email" --arg p "$password" '{email: $e, password: $p}')" \
    "$base/api/v1/user/login" | jq -r '.access_token // empty')"
  [[ -n "$token" ]] || fail "could not sign in as $email"
}

listener_pid() {
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2
}

healthy() {
  [[ "$(curl -sk -o /dev/null -w '%{http_code}' --max-time 5 "$base/api/v1/health")" == 200 ]]
}

sketches=()
write_sketch() {
  local id
  id="$(api -H 'Content-Type: application/json' \
    -d "$(jq -n --arg t "drill before $1" '{title: $t, prompt: "fault drill", sketch_type: "song"}')" \
    "$base/api/v1/sketches" | jq -r '.id // empty')"
  [[ -n "$id" ]] || fail "could not write the sketch before killing $1"
  sketches+=("$id")
}

check_nothing_lost() {
  local id status
  for id in "${sketches[@]}"; do
    status="$(api -o /dev/null -w '%{http_code}' "$base/api/v1/sketches/$id")"
    [[ "$status" == 200 ]] || fail "after killing $1: sketch $id answers $status"
  done
  status="$(curl -sk -o /dev/null -w '%{http_code}' --max-time 30 "$image_url")"
  [[ "$status" == 200 ]] || fail "after killing $1: the image file answers $status"
}

healthy || fail "the stack at $base is not healthy to begin with"
sign_in
image_url="$(api -H 'Content-Type: application/json' -d '{"prompt": "a drill cover"}' \
  "$base/api/v1/image/generate" | jq -r '.url // empty')"
[[ -n "$image_url" ]] || fail "could not generate the image the drill reads back"
[[ "$image_url" == http* ]] || image_url="$base$image_url"

# A Mureka job that runs for 30 s (the simulator's "30s" style), submitted just before a kill.
songs=()
start_song() {
  local task
  task="$(api -H 'Content-Type: application/json' \
    -d '{"lyrics": "0001 fault drill", "prompt": "30s", "model": "auto"}' \
    "$base/api/v1/song/generate" | jq -r '.task_id // empty')"
  [[ -n "$task" ]] || fail "could not start the song job before killing $1"
  songs+=("$1:$task")
}

await_songs() {
  local entry task status deadline=$((SECONDS + bound))
  for entry in "${songs[@]}"; do
    task="${entry#*:}"
    until status="$(api "$base/api/v1/song/task/status/$task" | jq -r '.status // empty')" &&
      [[ "$status" == SUCCESS ]]; do
      [[ "$status" == FAILURE || "$status" == CANCELLED ]] &&
        fail "the song job running while ${entry%%:*} died ended $status"
      ((SECONDS <= deadline)) || fail "the song job running while ${entry%%:*} died: still $status"
      sleep 2
    done
    echo "[drill] the song job running while ${entry%%:*} died finished"
  done
}

results=()
for target in "${targets[@]}"; do
  name="${target%%:*}"
  port="${target##*:}"
  write_sketch "$name"
  [[ "$name" == redis || "$name" == song-service ]] && start_song "$name"
  pid="$(listener_pid "$port")"
  [[ -n "$pid" ]] || fail "nothing listens on port $port ($name)"
  kill -9 "$pid"
  killed_at=$SECONDS
  echo "[drill] killed $name (pid $pid)"
  # Back means: a new process listens on the port and the whole stack reports ready.
  until new_pid="$(listener_pid "$port")" && [[ -n "$new_pid" && "$new_pid" != "$pid" ]] && healthy; do
    ((SECONDS - killed_at <= bound)) || fail "$name not back within $bound s"
    sleep 1
  done
  took=$((SECONDS - killed_at))
  sign_in
  check_nothing_lost "$name"
  echo "[drill] $name back after $took s (new pid $new_pid), nothing lost"
  results+=("$(printf '%-16s %4d s' "$name" "$took")")
done

sign_in
await_songs

echo "[drill] Recovery times (kill -9 to health 200, bound $bound s):"
printf '[drill]   %s\n' "${results[@]}"
echo "[drill] $((${#results[@]} + ${#songs[@]})) passed, 0 failed"
