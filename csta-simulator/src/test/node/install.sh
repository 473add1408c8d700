#!/usr/bin/env bash
# Installs the Node.js client of the provider's example (socket.io-client 2.x) for SeedNodeExampleTest.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -q
    apt-get install -y -q nodejs npm
  else
    echo "npm is missing: install Node.js to run the seed example test" >&2
    exit 1
  fi
fi
npm install --no-audit --no-fund --loglevel=error
