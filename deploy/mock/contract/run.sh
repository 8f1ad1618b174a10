#!/usr/bin/env bash
# Installs the pinned official clients and runs the provider contract (contract.mjs) against a
# running simulator: deploy/mock/contract/run.sh http://127.0.0.1:8090 [--journal]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
exec node contract.mjs "$@"
