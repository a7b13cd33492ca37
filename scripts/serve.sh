#!/usr/bin/env bash
# Builds the release app and serves it on 127.0.0.1 (PORT, default 8080).
# Usage: scripts/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-${PORT:-8080}}
bash scripts/setup.sh
source scripts/env.sh
trunk build --release
# The single-file build beside it: the page opened from a file share
# (file://) points to it (QA round 13: the hint named a file dist lacked).
node scripts/single-file.mjs --dist dist --out dist/mail-triage.html
exec node scripts/serve-dist.mjs --dir dist --host 127.0.0.1 --port "$PORT"
