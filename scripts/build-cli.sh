#!/usr/bin/env bash
# Builds the release `mailtriage` CLI with profile-guided optimisation (PGO)
# and prints the binary's path on stdout.
#   1. an instrumented build (-Cprofile-generate),
#   2. which reads a training set made here, from the repository alone:
#      synthetic Send and Receive protocol logs (`mailtriage synth`, a seed
#      the benchmarks do not use), a Postfix mail log (scripts/gen-maillog.py,
#      likewise), the built-in samples (www/samples) and
#      three bounce messages written for it (scripts/pgo-train),
#   3. llvm-profdata merges what it counted,
#   4. the release build is optimised with it (-Cprofile-use).
# The profile is made afresh on every run (a stale one only matches the
# functions that did not change). On the bench VM it takes ~11 % of the
# instructions off a census (README, Performance); the output is the same
# byte for byte. Without llvm-profdata (rustup component llvm-tools-preview,
# which this script adds when rustup can fetch it) it falls back to a plain
# release build.
# Usage: bash scripts/build-cli.sh   (progress on stderr, the path on stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
log() { printf '\033[1;34m[build-cli]\033[0m %s\n' "$*" >&2; }

# An explicit --target keeps RUSTFLAGS off build scripts and proc macros.
host=$(rustc -vV | sed -n 's/^host: //p')
work=$PWD/target/pgo
rustup component add llvm-tools-preview >/dev/null 2>&1 || true
profdata=$(find "$(rustc --print sysroot)/lib/rustlib" -name llvm-profdata -type f 2>/dev/null | head -1)
if [ -z "$profdata" ]; then
  log "llvm-profdata not found (rustup component add llvm-tools-preview): plain release build"
  cargo build --release --locked -p mailtriage-cli >&2
  echo "$PWD/target/release/mailtriage"
  exit 0
fi

log "instrumented build"
rm -rf "$work/data"
RUSTFLAGS="-Cprofile-generate=$work/data" \
  cargo build --release --locked -p mailtriage-cli --target "$host" --target-dir "$work/gen" >&2
gen=$work/gen/$host/release/mailtriage

log "training run"
train=$work/train
if [ ! -f "$train/truth.json" ]; then
  rm -rf "$train"
  "$gen" synth --out "$train" --size 96M --file-size 24M --seed 7 >&2
fi
rm -rf "$work/data"   # what synth counted is not the workload
# Exit code 1 means findings: expected here.
run() { "$gen" "$@" >/dev/null || [ $? -eq 1 ]; }
run census --format json --no-progress "$train"
run census --format json --no-progress -j1 "$train"
run census --sessions --format md --no-progress "$train"
run triage --format json --no-progress www/samples
run triage --format text --no-progress www/samples
run census --format json --no-progress www/samples
# A Postfix mail log (scripts/gen-maillog.py, a seed the benchmarks do not
# use): the syslog path's reading of each line as text.
if [ ! -f "$work/train-maillog/mail.log" ]; then
  mkdir -p "$work/train-maillog"
  python3 scripts/gen-maillog.py "$work/train-maillog/mail.log" 8 5
fi
run census --format json --no-progress -j1 "$work/train-maillog/mail.log"
run triage --format json --no-progress -j1 "$work/train-maillog/mail.log"
# Bounces (scripts/pgo-train: a Postfix DSN, an Exchange NDR in base64 and
# quoted-printable parts, a qmail bounce), a hundred copies of each.
rm -rf "$work/train-mail" && mkdir -p "$work/train-mail"
for i in $(seq 100); do
  for f in scripts/pgo-train/*.eml; do cp "$f" "$work/train-mail/$i-${f##*/}"; done
done
run triage --format json --no-progress "$work/train-mail"
run triage --format md --no-progress -j1 "$work/train-mail"
# Once more: with the mail log in the profile, two passes left the Sisimai
# corpus's triage 1.3 % more instructions; three keep it where it was.
run triage --format json --no-progress -j1 "$work/train-mail"

log "llvm-profdata merge"
"$profdata" merge -o "$work/merged.profdata" "$work/data"

log "optimised build"
RUSTFLAGS="-Cprofile-use=$work/merged.profdata" \
  cargo build --release --locked -p mailtriage-cli --target "$host" --target-dir "$work/use" >&2
echo "$work/use/$host/release/mailtriage"
