#!/usr/bin/env bash
# Entry point of the compose `backup` profile: runs backup.sh every day at BACKUP_AT (HH:MM, in TZ).
# A failed night is logged and retried the next night; the container keeps running.
set -uo pipefail

here=$(dirname "${BASH_SOURCE[0]}")
at=${BACKUP_AT:-03:30}
[[ $at =~ ^[0-2][0-9]:[0-5][0-9]$ ]] || { echo "nightly: BACKUP_AT must be HH:MM, got '$at'" >&2; exit 2; }

while true; do
  now=$(date +%s)
  next=$(date -d "today $at" +%s)
  ((next > now)) || next=$(date -d "tomorrow $at" +%s)
  echo "nightly: next backup at $(date -d "@$next" '+%F %T %Z')" >&2
  # Scheduling, not synchronisation: nothing waits on this sleep but the next night.
  sleep $((next - now))
  if "$here/backup.sh"; then
    echo "nightly: backup done" >&2
  else
    echo "nightly: backup FAILED (exit $?)" >&2
  fi
done
