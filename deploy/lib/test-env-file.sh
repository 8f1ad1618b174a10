#!/bin/sh
# The .env loader of ./run (deploy/lib/env-file.sh), in the POSIX sh ./run runs under.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
file=$(mktemp /tmp/macai-env.XXXXXX)
trap 'rm -f "$file"' EXIT
printf '%s\n' \
  '# a comment' \
  '' \
  '  OPENAI_API_KEY=sk-from-file' \
  'export MUREKA_API_KEY="mk with # and spaces"' \
  "SINGLE='quoted'" \
  'EMPTY=' \
  'KEPT=from-file' \
  'bad-name=1' \
  'no equals sign' >"$file"
printf 'CRLF=windows\r\n' >>"$file"
printf 'LAST=no-newline' >>"$file"

failures=0
expect() { # expect NAME VALUE
  actual=""
  eval "actual=\${$1-<unset>}"
  if [ "$actual" != "$2" ]; then
    echo "FAIL $1: expected [$2], got [$actual]"
    failures=$((failures + 1))
  fi
}

# shellcheck source=env-file.sh
. "$here/env-file.sh"
errors=$(KEPT=from-environment sh -c '. "$1"; load_env_file "$2" 2>&1 >/dev/null' _ "$here/env-file.sh" "$file")
KEPT=from-environment
export KEPT
load_env_file "$file" 2>/dev/null

expect OPENAI_API_KEY sk-from-file
expect MUREKA_API_KEY "mk with # and spaces"
expect SINGLE quoted
expect EMPTY ""
expect KEPT from-environment
expect CRLF windows
expect LAST no-newline
expect ENV_FILE_LOADED "OPENAI_API_KEY MUREKA_API_KEY SINGLE EMPTY CRLF LAST"
case $errors in
  *"'bad-name' is not a variable name"*"not KEY=VALUE"*) ;;
  *)
    echo "FAIL the bad lines were not reported: [$errors]"
    failures=$((failures + 1))
    ;;
esac
[ "$failures" -eq 0 ] && echo "env-file: ok"
