#!/usr/bin/env bash
# Runs every test; exits non-zero on any failure. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; }
start=$(date +%s)

step "setup (idempotent)"
bash scripts/setup.sh
source scripts/env.sh

step "shell scripts parse (bash -n)"
for f in scripts/*.sh; do bash -n "$f"; done

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host, all targets)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy -p mailtriage-web --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
cargo clippy -p mailtriage-engine --target wasm32-unknown-unknown --lib --locked -- -D warnings

step "native unit and integration tests"
cargo test --workspace --locked

step "wasm-bindgen tests in headless Chromium"
cargo test --target wasm32-unknown-unknown -p mailtriage-web --test web --locked

step "release build (trunk)"
trunk build --release

step "single-file build (dist-single/mail-triage.html, opens from file://)"
node scripts/single-file.mjs --dist dist --out dist-single/mail-triage.html

step "Playwright end-to-end tests against dist/"
node --test --test-concurrency=1 tests/e2e/

echo
echo "all tests passed in $(( $(date +%s) - start )) s"
