#!/usr/bin/env bash
# Proves the README's two commands on a truly fresh Debian 12: debootstraps a minimal bookworm
# root into .fresh/ (git-ignored), gives it only what a newcomer starts from (a JDK 17, Node 20,
# git), clones this repository into it as an ordinary user with password-less sudo (like a
# developer's machine or a CI runner), then times
#   1. ./run on cold Maven and npm caches, until its banner; the UI must answer over https at
#      https://localhost:8443 and the README's "Try it" walk must work as printed;
#   2. ./run again on the unchanged tree (warm: must not rebuild);
#   3. ./test (skip with --no-test).
# Needs root (debootstrap, chroot, mounts) and the ports of the local stack free on this machine:
# the chroot shares its network. Figures are printed at the end and kept in .fresh/figures.txt.
#
#   sudo deploy/fresh-machine/prove.sh            everything (about 1 h on 2 cores)
#   sudo deploy/fresh-machine/prove.sh --no-test  ./run, the walk and the warm start only
#   FRESH_DIR=/var/tmp/fresh ...                  another place for the root
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
fresh=${FRESH_DIR:-$repo/.fresh}
root=$fresh/root
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
run_test=true
[[ ${1:-} == --no-test ]] && run_test=false

[[ $(id -u) -eq 0 ]] || { echo "prove: needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
for tool in debootstrap chroot git; do
  command -v "$tool" >/dev/null || { echo "prove: needs $tool (apt-get install $tool)" >&2; exit 1; }
done

figures=$fresh/figures.txt
mkdir -p "$fresh"
: >"$figures"
figure() { printf '%-58s %s\n' "$1" "$2" | tee -a "$figures"; }
elapsed() { local s=$(($(date +%s) - $1)); printf '%d min %02d s' $((s / 60)) $((s % 60)); }
inside() { chroot "$root" "$@"; }
# The user's own environment: nothing of this root shell's leaks in.
user_env=(runuser -u musician -- env -i HOME=/home/musician USER=musician LANG=C.UTF-8
  PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin)
[[ -n ${NODE_EXTRA_CA_CERTS:-} ]] && user_env+=(NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt)
as_user() { inside "${user_env[@]}" bash -c "cd ~/mac-ai && $1"; }

mounts=(proc sys dev dev/pts)
unmount_all() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    if mountpoint -q "$root/${mounts[i]}"; then umount -l "$root/${mounts[i]}"; fi
  done
}
stack=''
stop_stack() { # TERM to ./run's whole session, then wait until the gateway's port is free
  [[ -n $stack ]] || return 0
  kill -TERM -- "-$stack" 2>/dev/null || true
  for _ in $(seq 60); do
    ss -ltnH 'sport = :8443' | grep -q . || break
    sleep 1
  done
  stack=''
}
trap 'stop_stack; unmount_all' EXIT

# ---- 1. a fresh Debian 12 -----------------------------------------------------------------------
if [[ ! -x $root/usr/bin/apt-get ]]; then
  rm -rf "$root"
  start=$(date +%s)
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$fresh/debootstrap.log" 2>&1 ||
    { tail -n 20 "$fresh/debootstrap.log" >&2; exit 1; }
  figure "debootstrap bookworm (minbase)" "$(elapsed "$start")"
fi
for m in "${mounts[@]}"; do
  mountpoint -q "$root/$m" || mount --bind "/$m" "$root/$m"
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A chroot must not start the daemons its packages bring (they would bind this machine's ports).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" && chmod +x "$root/usr/sbin/policy-rc.d"
# This sandbox reaches its package registries through a TLS proxy with its own CA; a real machine
# has none (nothing is copied then).
if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/* "$root/usr/local/share/ca-certificates/"
fi

# What the newcomer starts from: a JDK 17, git, sudo. Node 20 is not in Debian 12 (18 is);
# NodeSource's repository is where a user gets it, unreachable here, so this machine's nodejs
# package files are copied in.
if [[ ! -x $root/usr/bin/javac ]]; then
  start=$(date +%s)
  inside apt-get update -qq
  inside env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    ca-certificates openjdk-17-jdk-headless git sudo >"$fresh/apt.log" 2>&1 ||
    { tail -n 20 "$fresh/apt.log" >&2; exit 1; }
  inside update-ca-certificates >/dev/null 2>&1 || true
  figure "JDK 17, git, sudo from Debian" "$(elapsed "$start")"
fi
if [[ ! -x $root/usr/bin/node ]]; then
  # the package's files, and npm as this machine has it (npm 11 replaced the packaged one)
  { dpkg -L nodejs | while read -r f; do if [[ -f $f || -L $f ]]; then echo "${f#/}"; fi; done
    echo usr/lib/node_modules/npm; } | tar -C / -cf - -T - | tar -C "$root" -xf -
fi
inside id musician >/dev/null 2>&1 || inside useradd -m -s /bin/bash musician
echo 'musician ALL=(ALL) NOPASSWD:ALL' >"$root/etc/sudoers.d/musician"
figure "versions" "$(inside java -version 2>&1 | head -n 1); node $(inside node --version)"

# ---- 2. clone -----------------------------------------------------------------------------------
rm -rf "$root/home/musician/mac-ai" "$root/tmp/mac-ai.bundle"
git -C "$repo" bundle create "$root/tmp/mac-ai.bundle" HEAD "$(git -C "$repo" symbolic-ref --short HEAD)" >/dev/null 2>&1
inside runuser -u musician -- git clone -q /tmp/mac-ai.bundle /home/musician/mac-ai
# Cold caches: the user has never built anything.
rm -rf "$root/home/musician/.m2" "$root/home/musician/.npm"

# ---- 3. ./run, cold -----------------------------------------------------------------------------
# run_until_banner LOG: starts ./run in a session of its own, waits for its banner (max 40 min)
run_until_banner() {
  setsid chroot "$root" "${user_env[@]}" bash -c 'cd ~/mac-ai && exec ./run' >"$1" 2>&1 &
  stack=$!
  local deadline=$(($(date +%s) + 2400))
  until grep -q 'Press Ctrl-C to stop' "$1"; do
    kill -0 "$stack" 2>/dev/null || { echo "prove: ./run ended:" >&2; tail -n 30 "$1" >&2; return 1; }
    (($(date +%s) < deadline)) || { echo "prove: no banner in 40 min" >&2; return 1; }
    sleep 2
  done
}
start=$(date +%s)
run_until_banner "$fresh/run-cold.log"
figure "./run cold (Maven + npm caches empty) until its banner" "$(elapsed "$start")"

ui=$(curl -sk -o "$fresh/index.html" -w '%{http_code}' https://localhost:8443/)
grep -q '<app-root' "$fresh/index.html" && [[ $ui == 200 ]] ||
  { echo "prove: the UI did not answer at https://localhost:8443 ($ui)" >&2; exit 1; }
figure "UI at https://localhost:8443" "HTTP $ui, the Angular app"

# The README's walk, as printed (the event stream is cut after 10 s; jq is the walk's own tool).
inside env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends jq curl >/dev/null 2>&1
sed -n '/^## Try it/,/^## /p' "$repo/README.md" | sed -n '/^```sh$/,/^```$/p' | sed '1d;$d' |
  sed 's/^curl -skN /timeout 10 curl -skN /' >"$root/tmp/try-it.sh"
cat >>"$root/tmp/try-it.sh" <<'EOF'
[[ -n $TOKEN && $TOKEN != null ]] || { echo "try-it: no access token" >&2; exit 1; }
EOF
chmod 644 "$root/tmp/try-it.sh"
if as_user 'bash /tmp/try-it.sh' >"$fresh/try-it.log" 2>&1 &&
  [[ $(tail -n 1 "$fresh/try-it.log") == *204 ]]; then
  figure "README 'Try it' walk" "works as printed (logout 204)"
else
  echo "prove: the README walk failed:" >&2; cat "$fresh/try-it.log" >&2; exit 1
fi
stop_stack

# ---- 4. ./run, warm -----------------------------------------------------------------------------
start=$(date +%s)
run_until_banner "$fresh/run-warm.log"
figure "./run warm (unchanged tree) until its banner" "$(elapsed "$start")"
grep -q 'Nothing changed since the last build' "$fresh/run-warm.log" ||
  { echo "prove: the warm ./run rebuilt" >&2; exit 1; }
stop_stack

# ---- 5. ./test ----------------------------------------------------------------------------------
if $run_test; then
  start=$(date +%s)
  if as_user ./test >"$fresh/test.log" 2>&1; then
    figure "./test (installs its tools with sudo, every step)" "$(elapsed "$start"), exit 0"
  else
    figure "./test" "FAILED after $(elapsed "$start") (see $fresh/test.log)"
    tail -n 40 "$fresh/test.log" >&2
    exit 1
  fi
fi
echo "prove: done; figures in $figures"
