#!/bin/sh
# Gateway benchmark with wrk on loopback: requests/s and p99 latency of
#   (a) nginx proxying an API route to a trivial upstream, no token check (a public route),
#   (b) the same proxying behind the njs RS256 check (a protected route, valid token),
#   (c) a static file of the web UI,
# and the ratio b/a measured in the same run (goal >= 0.85).
#
#   gateway/bench/run.sh                  10 s per case, 16 connections, 1 nginx worker, a/b 3 times
#   DURATION=30s CONNECTIONS=64 WORKERS=2 ROUNDS=5 gateway/bench/run.sh
#
# Needs nginx with njs, wrk, openssl, envsubst (gettext-base). Everything lives in a temp dir.
set -eu
cd "$(dirname "$0")/../.."
REPO=$PWD
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
WORKERS=${WORKERS:-1}
ROUNDS=${ROUNDS:-3}
NGINX=${NGINX_BINARY:-/usr/sbin/nginx}
JS_MODULE=${NGINX_JS_MODULE:-/usr/lib/nginx/modules/ngx_http_js_module.so}
for tool in wrk openssl envsubst; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing" >&2; exit 1; }
done
[ -x "$NGINX" ] || { echo "bench: no nginx at $NGINX" >&2; exit 1; }

WORK=$(mktemp -d /tmp/gateway-bench.XXXXXX)
cleanup() {
  for pid in "$WORK"/upstream/nginx.pid "$WORK"/gateway/state/nginx.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
UPSTREAM_PORT=$(free_port)
HTTP_PORT=$(free_port)
HTTPS_PORT=$(free_port)

# The trivial upstream: a second nginx answering a small JSON body from memory.
mkdir -p "$WORK/upstream" "$WORK/gateway/conf" "$WORK/gateway/state" "$WORK/www" "$WORK/tls"
cat > "$WORK/upstream/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/upstream/nginx.pid;
error_log $WORK/upstream/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$UPSTREAM_PORT;
    location / { default_type application/json; return 200 '{"items":[],"total":0,"limit":20,"offset":0}'; }
  }
}
CONF
"$NGINX" -p "$WORK/upstream" -c "$WORK/upstream/nginx.conf" -e "$WORK/upstream/error.log"

# A signing key of our own and an RS256 token made with openssl (valid for an hour).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt.key" 2>/dev/null
openssl pkey -in "$WORK/jwt.key" -pubout -out "$WORK/jwt.pub"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"mac-ai-service","sub":"6f1c2a9e-0b7d-4c1e-9a55-3d2f1e0c9b8a","groups":["user"],"iat":%s,"exp":%s}' "$now" $((now + 3600)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/jwt.key" -binary | b64url)
TOKEN="$header.$payload.$signature"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=localhost \
  -keyout "$WORK/tls/tls.key" -out "$WORK/tls/tls.crt" 2>/dev/null
printf '<!doctype html><html><body><app-root></app-root></body></html>' > "$WORK/www/index.html"
head -c 30000 /dev/urandom | openssl base64 > "$WORK/www/main-BENCH123.js"

worker_user=$(id -un)
jwt_spki=$(grep -v -- ----- "$WORK/jwt.pub" | tr -d '\n')
export NGINX_JS_MODULE="$JS_MODULE" NGINX_WORKER_USER="$worker_user" NGINX_WORKER_PROCESSES="$WORKERS" \
  NGINX_STATE_DIR="$WORK/gateway/state" JWT_VERIFIER_SOCKET="$WORK/gateway/state/jwt-verifier.sock" NGINX_ERROR_LOG="$WORK/gateway/error.log" NGINX_ACCESS_LOG=/dev/null \
  NJS_DIR="${BENCH_NJS_DIR:-$REPO/gateway/njs}" WEBUI_ROOT="$WORK/www" \
  GATEWAY_HTTP_LISTEN="127.0.0.1:$HTTP_PORT" GATEWAY_HTTPS_LISTEN="127.0.0.1:$HTTPS_PORT" GATEWAY_HTTPS_PUBLIC_PORT="$HTTPS_PORT" \
  TLS_CERTIFICATE="$WORK/tls/tls.crt" TLS_CERTIFICATE_KEY="$WORK/tls/tls.key" \
  AUTH_UPSTREAM="127.0.0.1:$UPSTREAM_PORT" CATALOG_UPSTREAM="127.0.0.1:$UPSTREAM_PORT" CHAT_UPSTREAM="127.0.0.1:$UPSTREAM_PORT" \
  IMAGE_UPSTREAM="127.0.0.1:$UPSTREAM_PORT" SONG_UPSTREAM="127.0.0.1:$UPSTREAM_PORT" \
  JWT_PUBLIC_KEY_SPKI="$jwt_spki" JWT_ISSUER=mac-ai-service JWT_CLOCK_SKEW_SECONDS=30 \
  RATE_LIMIT_API=100000r/s RATE_LIMIT_API_BURST=100000 RATE_LIMIT_LOGIN=100000r/s RATE_LIMIT_LOGIN_BURST=100000 \
  RATE_LIMIT_LOGIN_RETRY_AFTER=12 API_MAX_BODY=1m UPLOAD_MAX_BODY=20m HEALTH_TIMEOUT=3s LLM_READ_TIMEOUT=300s SSE_READ_TIMEOUT=3600s \
  CORS_ALLOWED_ORIGINS='' SWAGGER_UI_ENABLED=false
vars=$(env | sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/${\1}/p' | tr '\n' ' ')
for template in "$REPO"/gateway/nginx/templates/*.template; do
  envsubst "$vars" < "$template" > "$WORK/gateway/conf/$(basename "$template" .template)"
done
"$NGINX" -p "$WORK/gateway" -c "$WORK/gateway/conf/nginx.conf" -e "$WORK/gateway/error.log"
sleep 0.5

BASE="https://127.0.0.1:$HTTPS_PORT"
# Sanity: the routes answer what the benchmark assumes.
check() {
  code=$(curl -sk -o /dev/null -w '%{http_code}' "$@")
  [ "$code" = 200 ] || { echo "bench: $* answered $code" >&2; cat "$WORK/gateway/error.log" >&2; exit 1; }
}
check "$BASE/api/v1/auth/jwks"
check -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/sketches"
check "$BASE/main-BENCH123.js"
[ "$(curl -sk -o /dev/null -w '%{http_code}' "$BASE/api/v1/sketches")" = 401 ] || { echo "bench: no JWT check?" >&2; exit 1; }

run() { # name, wrk args...
  name=$1; shift
  out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf '%-34s %12s req/s   p99 %-9s %s\n' "$name" "$rps" "$p99" "$errors"
  echo "$rps" > "$WORK/last.rps"
}

echo "gateway benchmark: wrk -t1 -c$CONNECTIONS -d$DURATION over HTTPS (keep-alive), nginx workers: $WORKERS, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c"$CONNECTIONS" -d2s "$BASE/api/v1/auth/jwks" >/dev/null   # warm-up
# a and b alternate ROUNDS times, so a change of machine load hits both; the median ratio counts.
round=1
: > "$WORK/ratios"
while [ "$round" -le "$ROUNDS" ]; do
  run "a-proxy-no-auth ($round)" "$BASE/api/v1/auth/jwks"
  a=$(cat "$WORK/last.rps")
  run "b-proxy-with-jwt-check ($round)" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/sketches"
  b=$(cat "$WORK/last.rps")
  awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f\n", b / a }' >> "$WORK/ratios"
  round=$((round + 1))
done
run "c-static-file" "$BASE/main-BENCH123.js"
echo "ratio b/a per round: $(tr '\n' ' ' < "$WORK/ratios")"
echo "median ratio b/a (throughput with JWT check / without): $(sort -n "$WORK/ratios" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }') (goal >= 0.85)"
