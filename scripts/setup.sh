#!/usr/bin/env bash
# Idempotent toolchain setup for Mail Triage. Run by both README commands.
# Installs only what is missing; tools live in a machine-level directory
# (MT_TOOLS, default /opt/mailtriage-tools) so a fresh clone reuses them.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MT_TOOLS=${MT_TOOLS:-/opt/mailtriage-tools}
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
export CARGO_INSTALL_ROOT="$MT_TOOLS/cargo"
export PATH="$MT_TOOLS/cargo/bin:$MT_TOOLS/npm/node_modules/.bin:$PATH"
mkdir -p "$MT_TOOLS/cargo" "$MT_TOOLS/npm"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }

# --- Debian packages: Chromium + driver for browser tests, ripgrep for the bench.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
# CJK glyphs, so screenshots of the zh-CN page show text instead of boxes.
[ -d /usr/share/fonts/opentype/noto ] || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- Rust: components and the wasm32 target.
rustup component add rustfmt clippy >/dev/null 2>&1 || true
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# --- wasm-bindgen-cli, pinned to exactly the version in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  log "cargo install wasm-bindgen-cli $WB_VERSION"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "=$WB_VERSION" --force --quiet
fi

# --- trunk (0.22 needs a newer rustc than this machine has).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "cargo install trunk $TRUNK_VERSION"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --force --quiet
fi

# --- wasm-opt from npm binaryen (Debian's is too old for current rustc output).
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  log "npm install binaryen@$BINARYEN_VERSION"
  (cd "$MT_TOOLS/npm" && npm install --silent --no-audit --no-fund --prefix . "binaryen@$BINARYEN_VERSION" >/dev/null)
fi

# --- Node test dependencies from the committed lock file.
if [ -f "$ROOT/package-lock.json" ]; then
  stamp="$ROOT/node_modules/.mt-lock-sha"
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "npm ci"
    (cd "$ROOT" && npm ci --silent --no-audit --no-fund >/dev/null)
    echo "$want" >"$stamp"
  fi
fi

# --- Crates, so that trunk's offline build finds everything.
(cd "$ROOT" && cargo fetch --locked --quiet)
