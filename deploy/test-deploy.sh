#!/usr/bin/env bash
# Every check of the production delivery path, offline and without a Docker engine:
#   1. compose: `docker compose config` (or docker-compose 1.29) for every profile, the rendered
#      file against the Compose Specification schema + project rules; a missing secret must fail;
#   2. kubernetes: `kubectl kustomize` renders every overlay; the objects pass the Kubernetes
#      schema (kubernetes-models) and project rules; a broken object must fail; the CloudNativePG
#      bootstrap SQL runs on a throwaway PostgreSQL and isolates the service roles; every variable
#      compose or Kubernetes hands to a service is one its application.properties reads;
#   3. workflows: every .github/workflows/*.yml through action-validator, dependabot.yml's shape;
#   4. backup: the pg_dump/restore round trip on a throwaway PostgreSQL (deploy/backup/test-roundtrip.sh);
#   5. import: the importer's test, when deploy/migrate/ has one;
#   6. images: deploy/images/prove-multiarch.sh (Jib pushes all five services to a loopback registry).
# Exits non-zero when anything fails; the last line is "deploy: N passed, N failed".
#
# Needs: node + npm (tools from deploy/tools/package-lock.json, installed here on first use),
# docker-compose or the docker CLI with the compose plugin, kubectl 1.21+ (kustomize v4+), the
# PostgreSQL 15 client and server (Debian: postgresql-client-15, postgresql-15; the server can also
# come from the zonky binaries in ~/.m2), docker-registry + skopeo + jq for the image proof.
set -uo pipefail

deploy=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$deploy/.." && pwd)
tools="$deploy/tools"
tmp=$(mktemp -d /tmp/macai-test-deploy.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
step() { # step DESCRIPTION COMMAND... : runs COMMAND, output to a log shown only on failure
  local name=$1 log="$tmp/step-$((passed + failed)).log"
  shift
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "  ok   $name"
  else
    failed=$((failed + 1))
    echo "  FAIL $name"
    sed 's/^/       /' "$log" | tail -n 40
  fi
}
must_fail() { ! "$@"; }

# ---- tools ------------------------------------------------------------------------------------
if [[ ! -d $tools/node_modules || $tools/package-lock.json -nt $tools/node_modules ]]; then
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci in deploy/tools failed" >&2; exit 1; }
fi
if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose=(docker-compose)
else
  echo "need docker compose (plugin) or docker-compose (Debian package docker-compose)" >&2
  exit 1
fi
# Debian's own kubernetes-client is kubectl 1.20 with kustomize v2, which predates the `labels`,
# `patches` and per-generator `options` fields the overlays use. Without kustomize v4+ the
# Kubernetes checks are skipped, loudly: everything else still runs.
kustomize_version=$(kubectl version --client 2>/dev/null | awk '/Kustomize/ {print $3}' || true)
if [[ $kustomize_version =~ ^v([4-9]|[1-9][0-9]) ]]; then
  have_kustomize=true
else
  have_kustomize=false
  echo "SKIPPED: Kubernetes checks need kubectl 1.21+ (kustomize v4+); found '${kustomize_version:-no kubectl}'" >&2
fi

# ---- 1. compose ---------------------------------------------------------------------------------
echo "compose ($("${compose[@]}" version --short 2>/dev/null || "${compose[@]}" version | head -n 1))"
# Values for every variable the compose file requires; the checks are about structure.
cat >"$tmp/test.env" <<'EOF'
GHCR_OWNER=example
TAG=v1.2.3
POSTGRES_PASSWORD=pg-secret
AUTH_DB_PASSWORD=auth-secret
CATALOG_DB_PASSWORD=catalog-secret
CHAT_DB_PASSWORD=chat-secret
IMAGE_DB_PASSWORD=image-secret
SONG_DB_PASSWORD=song-secret
EQUIPMENT_ENCRYPTION_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
IMAGE_URL_SECRET=url-secret
SONG_MEDIA_SIGNING_KEY=media-secret
S3_ACCESS_KEY=minio
S3_SECRET_KEY=minio-secret
EOF
compose_config() { "${compose[@]}" -f "$deploy/docker-compose.yml" --env-file "$1" "${@:2}" config; }
compose_check() { # compose_check NAME [--profile P]: render, then schema + project rules
  local rendered
  rendered=$(compose_config "$tmp/test.env" "${@:2}") || return 1
  node "$tools/validate-compose.mjs" "$1" <<<"$rendered"
}
for profile in default mock minio backup; do
  args=()
  [[ $profile != default ]] && args=(--profile "$profile")
  step "compose profile '$profile' parses and passes the schema and project rules" \
    compose_check "$profile" "${args[@]}"
done
step "compose with every profile has the 12 containers" \
  bash -c '[[ $("$@" --services | sort | tr "\n" " ") == "auth-service backup catalog-service chat-service gateway image-service minio postgres provider-simulator redis song-service volume-permissions " ]]' _ \
  "${compose[@]}" -f "$deploy/docker-compose.yml" --env-file "$tmp/test.env" --profile mock --profile minio --profile backup config
grep -v '^POSTGRES_PASSWORD=' "$tmp/test.env" >"$tmp/no-pg.env"
step "compose refuses to render without POSTGRES_PASSWORD" must_fail compose_config "$tmp/no-pg.env" -q
step "compose image tags follow GHCR_OWNER and TAG" \
  bash -c 'compose_out=$("$@"); grep -q "image: ghcr.io/example/mac-ai-song-service:v1.2.3" <<<"$compose_out" && grep -q "image: ghcr.io/example/mac-ai-gateway:v1.2.3" <<<"$compose_out"' _ \
  "${compose[@]}" -f "$deploy/docker-compose.yml" --env-file "$tmp/test.env" config

# ---- 2. kubernetes ------------------------------------------------------------------------------
if $have_kustomize; then
  echo "kubernetes (kubectl kustomize, kustomize $(kubectl version --client 2>/dev/null | awk '/Kustomize/ {print $3}'))"
  for overlay in "$deploy"/k8s/overlays/*/; do
    name=$(basename "$overlay")
    step "overlay '$name' renders and passes the schema and project rules" \
      bash -c 'set -o pipefail; kubectl kustomize "$1" | node "$2/validate-k8s.mjs" "$3"' _ "$overlay" "$tools" "$name"
  done
  step "the k8s check rejects service egress that reaches the cloud metadata address" \
    must_fail bash -c 'kubectl kustomize "$1" | sed "/- 169.254.0.0\/16/d" | node "$2/validate-k8s.mjs" metadata-open' _ "$deploy/k8s/overlays/prod" "$tools"
  step "the k8s check rejects a wrong type and a writable root file system" \
    must_fail bash -c 'kubectl kustomize "$1" | sed "s/containerPort: 8081/containerPort: \"http\"/; s/readOnlyRootFilesystem: true/readOnlyRootFilesystem: false/" | node "$2/validate-k8s.mjs" broken' _ "$deploy/k8s/overlays/prod" "$tools"
fi
step "the CloudNativePG bootstrap SQL + managed roles isolate the services like compose" "$deploy/k8s/test-bootstrap-sql.sh"

step "every variable compose and Kubernetes hand to a service is read by that service" \
  bash -c 'set -o pipefail
    "${@:4}" --profile mock --profile minio --profile backup config >"$1/compose.yaml" || exit 1
    rendered=("$1/compose.yaml")
    if [[ $3 == true ]]; then
      kubectl kustomize "$2/k8s/overlays/local" >"$1/k8s-local.yaml" &&
        kubectl kustomize "$2/k8s/overlays/prod" >"$1/k8s-prod.yaml" || exit 1
      rendered+=("$1/k8s-local.yaml" "$1/k8s-prod.yaml")
    fi
    node "$2/tools/validate-env.mjs" "$2/.." "${rendered[@]}"' _ \
  "$tmp" "$deploy" "$have_kustomize" "${compose[@]}" -f "$deploy/docker-compose.yml" --env-file "$tmp/test.env"

# ---- 3. GitHub workflows ------------------------------------------------------------------------
echo "workflows (action-validator)"
for workflow in "$repo"/.github/workflows/*.yml; do
  step "workflow $(basename "$workflow") is valid" "$tools/node_modules/.bin/action-validator" "$workflow"
done
printf 'name: broken\non: push\njobs:\n  x:\n    steps: 42\n' >"$tmp/broken.yml"
step "action-validator rejects a broken workflow" must_fail "$tools/node_modules/.bin/action-validator" "$tmp/broken.yml"
step "dependabot.yml covers maven, npm and actions" node "$tools/validate-dependabot.mjs" "$repo/.github/dependabot.yml"

# ---- shell scripts ------------------------------------------------------------------------------
if command -v shellcheck >/dev/null; then
  echo "shell scripts (shellcheck)"
  step "every deploy script, ./run, ./test and .ci/run pass shellcheck (warnings and errors)" \
    bash -c 'shellcheck -S warning "$1"/*.sh "$1"/*/*.sh "$2/run" "$2/test" "$2/.ci/run"' _ "$deploy" "$repo"
else
  echo "shellcheck not installed (Debian package shellcheck): shell lint skipped"
fi

# ---- ./run's .env ------------------------------------------------------------------------------
echo "./run reads .env"
step "the .env loader: comments, quotes, export prefix; the environment wins; bad lines ignored" \
  "$deploy/lib/test-env-file.sh"

# ---- 4. backup round trip -----------------------------------------------------------------------
echo "backup (pg_dump/restore round trip)"
step "backup, drop, restore: same rows and checksums in every schema" "$deploy/backup/test-roundtrip.sh"

# ---- 5. importer --------------------------------------------------------------------------------
if [[ -x $deploy/migrate/test-import.sh ]]; then
  echo "import from the original system"
  step "importer on the fixture database" "$deploy/migrate/test-import.sh"
fi

# ---- 6. images ----------------------------------------------------------------------------------
if command -v docker-registry >/dev/null && command -v skopeo >/dev/null && command -v jq >/dev/null; then
  echo "images (Jib, pushed to a loopback registry; ~3 min)"
  step "every service's JVM image is an amd64 + arm64 manifest list, uid 185, small-heap flags" \
    "$deploy/images/prove-multiarch.sh"
else
  echo "docker-registry, skopeo or jq not installed (Debian packages of those names): image proof skipped"
fi

echo "deploy: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
