#!/usr/bin/env bash
# Benchmarks (not tests): prints figures to paste into the README.
#   1. Generates ~1 GB of synthetic Exchange protocol logs (mailtriage synth; kept in
#      target/bench-logs and reused) and, in one run, times `mailtriage census` (the
#      PGO build of scripts/build-cli.sh, and the plain release build) against
#      `rg -c "TLS negotiation failed"` on the same files (hyperfine, warm page cache).
#   2. Peak memory (max RSS) of `mailtriage census` on ~2 GB of logs.
#   3. Debian's Sisimai (libsisimai-perl) and `mailtriage triage` over
#      ../shared/corpus/sisimai: time ratio and reason agreement.
#   4. criterion micro-benchmarks of the engine (cargo bench), unless QUICK=1.
# Usage: bash scripts/bench.sh [SIZE]   (SIZE default 1G)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1G}
bash scripts/setup.sh
source scripts/env.sh
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
perl -MSisimai -e1 2>/dev/null || need+=(libsisimai-perl)
command -v /usr/bin/time >/dev/null || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The CLI as released: built with profile-guided optimisation (scripts/build-cli.sh).
# The plain `cargo build --release` is timed beside it in the census run.
MT=$(bash scripts/build-cli.sh)
cargo build --release --locked -p mailtriage-cli
PLAIN=target/release/mailtriage
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

logs=target/bench-logs-$SIZE
if [ ! -f "$logs/truth.json" ]; then
  rm -rf "$logs"
  $MT synth --out "$logs" --size "$SIZE" --file-size 64M --seed 1
fi
bytes=$(du -cb "$logs"/*.LOG | tail -1 | cut -f1)
echo
echo "== census vs ripgrep on $(numfmt --to=iec "$bytes") in $(ls "$logs"/*.LOG | wc -l) files"
hyperfine --warmup 1 --runs 3 --ignore-failure --export-json target/bench-census.json \
  "$MT census --format json --no-progress $logs" \
  "rg -c 'TLS negotiation failed' $logs" \
  "$PLAIN census --format json --no-progress $logs"
python3 - "$bytes" <<'PY'
import json, sys
b = int(sys.argv[1]); r = json.load(open('target/bench-census.json'))['results']
census, rg = r[0]['mean'], r[1]['mean']
user = r[0]['user']
print(f"census {census:.2f} s ({b/census/1e6:.0f} MB/s wall, {b/user/1e6:.0f} MB/s per core of CPU time); "
      f"rg {rg:.3f} s; census/rg = {census/rg:.1f}x")
print(f"  the same without PGO (cargo build --release): {r[2]['mean']:.2f} s, {b/r[2]['user']/1e6:.0f} MB/s per core")
PY
$MT census --format json --no-progress "$logs" > target/bench-census-out.json || true
$PLAIN census --format json --no-progress "$logs" > target/bench-census-plain.json || true
cmp -s target/bench-census-plain.json target/bench-census-out.json \
  && echo "PGO and plain builds print the same census" || echo "PGO and plain builds DIFFER"
python3 - "$logs" <<'PY'
import json, sys
c = json.load(open('target/bench-census-out.json')); t = json.load(open(sys.argv[1] + '/truth.json'))
key = lambda e: (e['remote_ip'], e['direction'])
pick = lambda e: {k: e.get(k) for k in ['sessions','protocols','tls_failures','starttls_required_refusals','plain_sessions','legacy']}
ok = {key(e): pick(e) for e in c['endpoints']} == {key(e): pick(e) for e in t['endpoints']}
print(f"census equals the generator's truth: {ok} ({c['sessions']} sessions, {len(c['endpoints'])} endpoints)")
PY

echo
echo "== peak memory on ~2 GB"
big=target/bench-logs-2G
if [ ! -f "$big/truth.json" ]; then
  rm -rf "$big"
  $MT synth --out "$big" --size 2G --file-size 64M --seed 2
fi
/usr/bin/time -f "census on $(du -sh "$big" | cut -f1): %e s, max RSS %M KB" $MT census --format json --no-progress "$big" > /dev/null || true
/usr/bin/time -f "census -j1 on one 2 GB stream (stdin): %e s, max RSS %M KB" sh -c "cat $big/*.LOG | $MT census --format json --no-progress -" > /dev/null || true

echo
echo "== Sisimai (libsisimai-perl) vs mailtriage triage on ../shared/corpus/sisimai"
corpus=../shared/corpus/sisimai
if [ -d "$corpus/maildir" ]; then
  # -j1 is the like-for-like row (Sisimai reads one message at a time); the
  # default, a thread per core, is how the CLI runs unless told otherwise.
  # Timed runs write to /dev/null: rewriting a file in place on ext4 flushes
  # it when it is closed (auto_da_alloc), which put 40-170 ms of disk wait
  # into a 40 ms run. The outputs compared below come from one run each.
  hyperfine --warmup 1 --runs 10 --ignore-failure --export-json target/bench-sisimai.json \
    "perl scripts/sisimai-reasons.pl $corpus/maildir/bsd > /dev/null" \
    "$MT triage --format json --no-progress -j1 $corpus/maildir/bsd > /dev/null" \
    "$MT triage --format json --no-progress $corpus/maildir/bsd > /dev/null"
  perl scripts/sisimai-reasons.pl $corpus/maildir/bsd > target/sisimai.tsv
  $MT triage --format json --no-progress -j1 $corpus/maildir/bsd > target/mailtriage-corpus.json || true
  python3 - "$corpus" <<'PY'
import json, sys, os
r = json.load(open('target/bench-sisimai.json'))['results']
print(f"sisimai {r[0]['mean']:.2f} s wall / {r[0]['user']:.2f} s CPU, mailtriage -j1 {r[1]['mean']:.3f} s wall / "
      f"{r[1]['user']:.3f} s CPU: mailtriage is {r[0]['mean']/r[1]['mean']:.0f}x faster (wall), "
      f"{r[0]['user']/r[1]['user']:.0f}x (CPU); with a thread per core {r[2]['mean']:.3f} s wall: "
      f"{r[0]['mean']/r[2]['mean']:.0f}x")
sis = {}
for line in open('target/sisimai.tsv'):
    p, n, reason, status, reply = (line.rstrip('\n').split('\t') + [''] * 5)[:5]
    sis[(os.path.realpath(p), int(n))] = reason
mt = {}
for inp in json.load(open('target/mailtriage-corpus.json'))['inputs']:
    for i, f in enumerate(inp['findings'], 1):
        mt[(os.path.realpath(inp['path']), i)] = f['reason']
both = [k for k in sis if k in mt]
agree = sum(1 for k in both if sis[k] == mt[k])
print(f"reason agreement with Sisimai 4.25 on {len(both)} records both found: {100*agree/max(1,len(both)):.1f} % "
      f"(Sisimai found {len(sis)}, mailtriage {len(mt)})")
PY
  $MT eval-corpus "$corpus" | sed 's/^/  labels: /'
fi

if [ "${QUICK:-0}" != 1 ]; then
  echo
  echo "== criterion (engine)"
  cargo bench -p mailtriage-engine --locked -- --noplot 2>&1 | grep -E "time:|thrpt:|^[a-z-]+/" || true
fi
