#!/usr/bin/env bash
# Proves, without Docker, that the services' Jib configuration produces multi-arch images:
# starts a throwaway registry on loopback (Debian package docker-registry), pushes every service's
# JVM image to it with Jib, and asserts with `skopeo inspect --raw` that each tag is a manifest
# list holding linux/amd64 and linux/arm64, and that each image runs as uid 185 with the
# small-heap JVM flags.
#
#   deploy/images/prove-multiarch.sh                 (SKIP_BUILD=1 reuses target/ from a build)
#
# The base image: BASE_IMAGE (e.g. the default registry.access.redhat.com/ubi9/openjdk-21-runtime
# where that registry is reachable) is copied into the local registry. Without it, a synthetic
# two-architecture base (one tiny layer per architecture) is built here, because this machine
# reaches no container registry: the images pushed on top of it prove the manifest list, the
# platforms, user and entrypoint Jib writes, not that the JVM inside starts (CI's release does that
# with the real base).
# Needs: docker-registry, skopeo, jq, a JDK (./mvnw). Last line: "images: N passed, N failed".
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/macai-images.XXXXXX)
for tool in docker-registry skopeo jq; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install docker-registry skopeo jq" >&2; exit 1; }
done

passed=0
failed=0
check() { if [[ $2 == "$3" ]]; then passed=$((passed + 1)); echo "  ok   $1"; else failed=$((failed + 1)); echo "  FAIL $1: expected [$2], got [$3]"; fi; }

# ---- a registry on a free loopback port ---------------------------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
  shuf -i 20000-60000 -n 1)
registry="127.0.0.1:$port"
cat >"$work/registry.yml" <<EOF
version: 0.1
log: {level: warn}
storage:
  filesystem: {rootdirectory: $work/registry-data}
  delete: {enabled: true}
http: {addr: $registry}
EOF
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
# The exit status is the checks' verdict: a killed registry's own status (143) must not replace it.
trap 'kill "$registry_pid" 2>/dev/null; wait "$registry_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do
  curl -fsS "http://$registry/v2/" >/dev/null 2>&1 && break
  sleep 0.2 # polling the registry's readiness, bounded to 10 s
done
curl -fsS "http://$registry/v2/" >/dev/null || { cat "$work/registry.log"; exit 1; }
echo "registry on $registry"

# ---- the base image -----------------------------------------------------------------------------
blob() { # blob FILE -> stores it under blobs/sha256, prints "digest size"
  local digest size
  digest=$(sha256sum "$1" | cut -d' ' -f1)
  size=$(stat -c %s "$1")
  cp "$1" "$work/oci/blobs/sha256/$digest"
  echo "sha256:$digest $size"
}
synthetic_base() {
  mkdir -p "$work/oci/blobs/sha256" "$work/layer"
  echo '{"imageLayoutVersion":"1.0.0"}' >"$work/oci/oci-layout"
  local manifests="" arch
  for arch in amd64 arm64; do
    mkdir -p "$work/layer/$arch/etc"
    echo "synthetic base for linux/$arch" >"$work/layer/$arch/etc/base-image"
    tar --sort=name --mtime=@0 --owner=0 --group=0 -C "$work/layer/$arch" -cf "$work/layer/$arch.tar" etc
    local diff_id
    diff_id=sha256:$(sha256sum "$work/layer/$arch.tar" | cut -d' ' -f1)
    gzip -n -c "$work/layer/$arch.tar" >"$work/layer/$arch.tar.gz"
    read -r layer_digest layer_size < <(blob "$work/layer/$arch.tar.gz")
    jq -cn --arg arch "$arch" --arg diff "$diff_id" \
      '{architecture: $arch, os: "linux", config: {Env: ["PATH=/usr/local/bin:/usr/bin:/bin"]},
        rootfs: {type: "layers", diff_ids: [$diff]}}' >"$work/config-$arch.json"
    read -r config_digest config_size < <(blob "$work/config-$arch.json")
    jq -cn --arg cd "$config_digest" --argjson cs "$config_size" --arg ld "$layer_digest" --argjson ls "$layer_size" \
      '{schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json",
        config: {mediaType: "application/vnd.oci.image.config.v1+json", digest: $cd, size: $cs},
        layers: [{mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: $ld, size: $ls}]}' \
      >"$work/manifest-$arch.json"
    read -r m_digest m_size < <(blob "$work/manifest-$arch.json")
    manifests+=$(jq -cn --arg d "$m_digest" --argjson s "$m_size" --arg arch "$arch" \
      '{mediaType: "application/vnd.oci.image.manifest.v1+json", digest: $d, size: $s,
        platform: {architecture: $arch, os: "linux"}}'),
  done
  jq -cn --argjson m "[${manifests%,}]" \
    '{schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: $m}' >"$work/list.json"
  read -r list_digest list_size < <(blob "$work/list.json")
  jq -cn --arg d "$list_digest" --argjson s "$list_size" \
    '{schemaVersion: 2, manifests: [{mediaType: "application/vnd.oci.image.index.v1+json", digest: $d, size: $s,
      annotations: {"org.opencontainers.image.ref.name": "1"}}]}' >"$work/oci/index.json"
  skopeo copy --quiet --all --dest-tls-verify=false "oci:$work/oci:1" "docker://$registry/base/jvm:1"
}
if [[ -n ${BASE_IMAGE:-} ]]; then
  skopeo copy --quiet --all --dest-tls-verify=false "docker://$BASE_IMAGE" "docker://$registry/base/jvm:1"
else
  synthetic_base
fi
echo "base image $registry/base/jvm:1 ($(skopeo inspect --raw --tls-verify=false "docker://$registry/base/jvm:1" | jq -r '[.manifests[].platform.architecture] | join(", ")'))"

# ---- push every service with Jib ----------------------------------------------------------------
services=()
for dir in "$repo"/*-service; do
  [[ -f $dir/pom.xml ]] && grep -q 'quarkus-container-image-jib' "$dir/pom.xml" && services+=("$(basename "$dir")")
done
modules=$(IFS=,; echo "${services[*]}")
start=$(date +%s)
(cd "$repo" && ./mvnw -B -q package -DskipTests -pl "$modules" -am \
  -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$registry" \
  -Dquarkus.container-image.group=proof \
  -Dquarkus.container-image.tag=proof \
  -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="$registry/base/jvm:1") >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; exit 1; }
echo "built and pushed ${#services[@]} images in $(($(date +%s) - start)) s: ${services[*]}"

for service in "${services[@]}"; do
  ref="docker://$registry/proof/mac-ai-$service:proof"
  raw=$(skopeo inspect --raw --tls-verify=false "$ref")
  check "$service: the tag is a manifest list" "true" \
    "$(jq -r '.mediaType | test("manifest.list|image.index")' <<<"$raw")"
  check "$service: it holds linux/amd64 and linux/arm64" "linux/amd64 linux/arm64" \
    "$(jq -r '[.manifests[].platform | "\(.os)/\(.architecture)"] | sort | join(" ")' <<<"$raw")"
  for arch in amd64 arm64; do
    config=$(skopeo inspect --config --tls-verify=false --override-os linux --override-arch "$arch" "$ref")
    check "$service/$arch: runs as uid 185, with the small-heap JVM flags" "185 true" \
      "$(jq -r '"\(.config.User) \((.config.Entrypoint + (.config.Env // [])) | join(" ") | test("MaxRAMPercentage=70"))"' <<<"$config")"
  done
done

echo "images: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
