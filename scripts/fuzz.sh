#!/usr/bin/env bash
# Runs one fuzz target (fuzz/fuzz_targets/) with libFuzzer on the stable
# toolchain, without cargo-fuzz or nightly: the same instrumentation flags
# cargo-fuzz passes (SanitizerCoverage through LLVM options, all stable),
# `--cfg fuzzing` (a zip's directory is then read two records at a time),
# release, no debug assertions, no sanitizer. Usage:
#   scripts/fuzz.sh TARGET [SECONDS] [SEED_DIR...]
# e.g. scripts/fuzz.sh zip 600. Corpus in fuzz/corpus/TARGET, crashes in
# fuzz/artifacts/TARGET (both ignored by git); replay one with
#   target/fuzz/x86_64-unknown-linux-gnu/release/TARGET CRASH_FILE
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS] [SEED_DIR...]}
secs=${2:-300}
shift $(( $# >= 2 ? 2 : 1 ))
source scripts/env.sh
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions=off"
host=$(rustc -vV | sed -n 's/^host: //p')
# --target keeps the flags off build scripts and proc macros.
cargo build --release --manifest-path fuzz/Cargo.toml --target "$host" \
  --target-dir target/fuzz --bin "$target"
mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
exec "target/fuzz/$host/release/$target" "fuzz/corpus/$target" "$@" \
  -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1
