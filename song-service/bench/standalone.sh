#!/usr/bin/env bash
# Runs bench/run.sh against song-service started alone (for machines where the local stack's fixed
# ports are taken): embedded PostgreSQL + Mureka simulator (BenchStack.java), the system
# redis-server, and the packaged service, all on free-ish ports given below, then stops them.
# From the repository root: song-service/bench/standalone.sh   (JOBS, SECONDS_PER_JOB, CAP, PARALLEL)
set -euo pipefail
cd "$(dirname "$0")/.."
PG=${PG_PORT:-25432}; MOCK=${MOCK_PORT:-28090}; REDIS=${REDIS_PORT:-26379}; PORT=${SERVICE_PORT:-28085}
CAP=${CAP:-10}

../mvnw -B -q -o package -DskipTests
../mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
rm -f target/bench-stack.log
java -cp "$(cat target/bench.cp)" bench/BenchStack.java "$PG" "$MOCK" > target/bench-stack.log 2>&1 &
STACK=$!
redis-server --port "$REDIS" --bind 127.0.0.1 --save '' --appendonly no > target/bench-redis.log 2>&1 &
REDIS_PID=$!
cleanup() { kill "${SERVICE:-}" 2>/dev/null || true; kill "$REDIS_PID" "$STACK" 2>/dev/null || true; }
trap cleanup EXIT
until grep -qs READY target/bench-stack.log; do sleep 1; done

# Throwaway values on a throwaway database: the prod profile's secret check only warns about them.
PORT=$PORT DB_URL="jdbc:postgresql://localhost:$PG/macai" DB_USER=song_service DB_PASSWORD=bench \
  SECRET_CHECK_ENFORCE=false \
  REDIS_URL="redis://localhost:$REDIS" MUREKA_BASE_URL="http://localhost:$MOCK" MUREKA_API_KEY=mk-bench \
  MUREKA_MAX_CONCURRENT=$CAP SONG_STORAGE_DIR=target/bench-audio SONG_MEDIA_SIGNING_KEY=bench-only \
  SONG_DAILY_LIMIT=0 \
  AUTH_JWT_PUBLIC_KEY_LOCATION=src/test/resources/jwt/test-public.pem \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > target/bench-service.log 2>&1 &
SERVICE=$!
until curl -sf "localhost:$PORT/q/health/ready" > /dev/null; do
  kill -0 "$SERVICE" 2>/dev/null || { tail -20 target/bench-service.log; exit 1; }
  sleep 1
done

BASE="http://localhost:$PORT" KEY=src/test/resources/jwt/test-private.pem bench/run.sh
