# shellcheck shell=sh
# ensure_packages WHO WHY CHECK:PACKAGE...
# Installs each Debian/Ubuntu PACKAGE whose CHECK fails (CHECK: a command that must be on the
# PATH, or an absolute path that must exist, e.g. an nginx module), with one `apt-get update` at
# most per shell. It says what it installs and why. It installs only when it can without asking:
# as root, or with sudo that needs no password. Otherwise, or without apt-get, it prints the exact
# command and returns 1. WHO prefixes the messages ("run", "test"). Sourced by ./run (POSIX sh)
# and ./test.
ensure_packages() {
  _pkg_who=$1
  _pkg_why=$2
  shift 2
  _pkg_missing=''
  for _pkg_pair in "$@"; do
    _pkg_check=${_pkg_pair%%:*}
    case $_pkg_check in
      /*) [ -e "$_pkg_check" ] && continue ;;
      *) command -v "$_pkg_check" >/dev/null 2>&1 && continue ;;
    esac
    case " $_pkg_missing " in
      *" ${_pkg_pair#*:} "*) ;;
      *) _pkg_missing="$_pkg_missing ${_pkg_pair#*:}" ;;
    esac
  done
  _pkg_missing=${_pkg_missing# }
  [ -z "$_pkg_missing" ] && return 0

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[$_pkg_who] Missing for $_pkg_why: $_pkg_missing (Debian/Ubuntu package names; install the equivalent for this system)." >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    _pkg_sudo=''
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    _pkg_sudo='sudo'
  else
    echo "[$_pkg_who] Missing for $_pkg_why: $_pkg_missing. Install with:" >&2
    echo "[$_pkg_who]   sudo apt-get update && sudo apt-get install -y --no-install-recommends $_pkg_missing" >&2
    return 1
  fi
  echo "[$_pkg_who] Installing $_pkg_missing for $_pkg_why (apt-get)..."
  if [ -z "${SYSTEM_PACKAGES_UPDATED:-}" ]; then
    # shellcheck disable=SC2086 # empty when root
    $_pkg_sudo apt-get update -qq || return 1
    SYSTEM_PACKAGES_UPDATED=1
  fi
  # shellcheck disable=SC2086 # the package list is meant to split
  $_pkg_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $_pkg_missing
}

# stop_package_services NAME...: Debian's packages start their servers on install; the tests and
# the local stack start their own on free ports, so the system ones must not hold the defaults.
stop_package_services() {
  for _pkg_service in "$@"; do
    if command -v systemctl >/dev/null 2>&1; then
      systemctl stop "$_pkg_service" >/dev/null 2>&1 || true
    fi
    if command -v service >/dev/null 2>&1; then
      service "$_pkg_service" stop >/dev/null 2>&1 || true
    fi
  done
}
