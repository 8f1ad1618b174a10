#!/usr/bin/env bash
# The browser end-to-end tests against the real thing: a throwaway local stack (own state folder, so
# the owner's .local/ data is never touched) with every service, the provider simulator and the
# nginx gateway serving the web UI build; webui/e2e drives the system Chromium through
# https://localhost:8443; then the provider contract (deploy/mock/contract) against its simulator,
# the attack suite (attack-suite.mjs) and, last because it kills things, the fault drill
# (fault-drill.sh).
# Expects what `./test` built before (service jars, webui/dist).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

state=".local/e2e-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$state"
log="$state/stack.log"

busy=()
for port in 8080 8443 8081 8082 8083 8084 8085 8090 8091 15432 16379; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    busy+=("$port")
  fi
done
if [[ ${#busy[@]} -gt 0 ]]; then
  echo "e2e: ports ${busy[*]} are in use: stop ./run (or whatever holds them) first" >&2
  exit 1
fi

# The first account of the fresh stack needs auth-service's setup token: preset it, so the browser
# flows can register without reading the log.
setup_token="E2E-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

echo "[e2e] Starting a throwaway stack in $state (log: $log)"
# The flows sign in and seed data through the API far faster than a person clicks; the limits are
# tested in the gateway module, so the test stack raises them.
# The flows expect the simulator and S3Proxy: no .env, no real provider from the environment.
# Open registration: the attack suite signs up the second users its cross-user checks need.
env -u OLLAMA_BASE_URL -u OPENAI_API_KEY -u OPENAI_ADMIN_API_KEY -u MUREKA_API_KEY -u S3_BUCKET \
  RUN_ENV_FILE= LOCAL_STATE_DIR="$state" SKIP_BUILD=1 SIMULATOR_JOURNAL=50000 AUTH_REGISTRATION=open \
  AUTH_SETUP_TOKEN="$setup_token" \
  RATE_LIMIT_LOGIN=120r/m RATE_LIMIT_LOGIN_BURST=60 \
  RATE_LIMIT_API=500r/s RATE_LIMIT_API_BURST=1000 \
  ./run >"$log" 2>&1 &
stack=$!
stop_stack() {
  if kill -0 "$stack" 2>/dev/null; then
    kill -TERM "$stack" 2>/dev/null || true
    wait "$stack" 2>/dev/null || true
  fi
  rm -rf "$state"
}
trap stop_stack EXIT

# Every service's readiness, aggregated by the gateway: UP only when all five answer.
deadline=$((SECONDS + 300))
until curl -skf -o /dev/null https://localhost:8443/api/v1/health; do
  if ! kill -0 "$stack" 2>/dev/null; then
    echo "e2e: the stack stopped while starting; its log:" >&2
    tail -n 60 "$log" >&2
    exit 1
  fi
  if ((SECONDS > deadline)); then
    echo "e2e: the stack was not ready within 300 s; its log:" >&2
    tail -n 60 "$log" >&2
    curl -sk https://localhost:8443/api/v1/health >&2 || true
    exit 1
  fi
  sleep 2
done
echo "[e2e] Stack ready after ${SECONDS} s"

(cd webui && E2E_STRICT=1 E2E_BASE_URL=https://localhost:8443 E2E_SETUP_TOKEN="$setup_token" npm run e2e)

# The provider contract: the official openai and ollama clients against the same simulator, and
# what the services sent it during the browser run checked against those clients' types.
echo "[e2e] Provider contract (official clients, the services' requests from the journal)"
deploy/mock/contract/run.sh http://127.0.0.1:8090 --journal

# Both run even when the first fails: each one's list of what failed is worth reading.
echo "[e2e] Attack suite (through the gateway)"
attacks=0
node deploy/local-stack/attack-suite.mjs https://localhost:8443 "$state" || attacks=$?

echo "[e2e] Fault drill (kill -9 of each dependency and service)"
deploy/local-stack/fault-drill.sh https://localhost:8443
exit "$attacks"
