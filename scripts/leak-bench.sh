#!/usr/bin/env bash
# What the built-in leak check costs: carnet with the check on and off
# (CARNET_LEAK_CHECK=off), taking turns run by run, on a journal whose image cache is
# warm, in three cases:
#   warm   nothing changed since the last build (the check reads nothing: every page
#          is as a checked build left it)
#   touch  one experience's text changed (the check reads the pages that changed)
#   fresh  the output folder removed, the cache kept (every page is written and read)
# Prints the median wall and CPU time (user + sys) of each case, and on/off ratios.
#
#   scripts/leak-bench.sh JOURNAL SCRATCH_DIR [RUNS]     (default RUNS: 7)
#   LEAK_BENCH_NO_FRESH=1   leave the fresh case out (on `medium`, each fresh output
#                           copies gigabytes of photos: the case measures the disk)
#
# JOURNAL is a corpus made by ../shared/bench/ (or any journal); SCRATCH_DIR holds the
# outputs and caches (outside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."

journal=$(cd "${1:?usage: scripts/leak-bench.sh JOURNAL SCRATCH_DIR [RUNS]}" && pwd)
scratch=${2:?usage: scripts/leak-bench.sh JOURNAL SCRATCH_DIR [RUNS]}
runs=${3:-7}
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
cargo build --release --quiet --bin carnet
bin=${CARNET_BIN:-$PWD/target/release/carnet}
first=$(find "$journal/learners" -path '*/experiences/*/index.md' | sort | head -1)
cp "$first" "$scratch/edited.md.orig"
cp "$first" "$first.tmp" && mv "$first.tmp" "$first"   # its own inode, if the corpus is a hard-linked copy
trap 'cp "$scratch/edited.md.orig" "$first"' EXIT

# One build: appends "wall cpu" (seconds; CPU = user + sys of the build, to the
# microsecond, from getrusage) to $scratch/<case>-<check>.txt.
build() {
  local case=$1 check=$2
  CARNET_LEAK_CHECK=$check python3 - "$bin" build "$journal" --out "$scratch/out-$check" \
    --cache "$scratch/cache" -q >>"$scratch/$case-$check.txt" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], check=True)
wall = time.monotonic() - start
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.4f} {r.ru_utime + r.ru_stime:.4f}")
PY
}

rm -f "$scratch"/{warm,touch,fresh}-{on,off}.txt
for check in on off; do   # the cache and both outputs, once
  CARNET_LEAK_CHECK=$check "$bin" build "$journal" --out "$scratch/out-$check" --cache "$scratch/cache" -q
done
for ((i = 1; i <= runs; i++)); do
  for check in on off; do
    build warm "$check"
    printf '\nÉdité %s %s\n' "$i" "$check" >>"$first"
    build touch "$check"
    if [ -z "${LEAK_BENCH_NO_FRESH:-}" ]; then
      rm -rf "$scratch/out-$check"
      build fresh "$check"
    fi
  done
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
printf '%-6s %10s %10s %10s %10s %8s\n' case "wall on" "wall off" "cpu on" "cpu off" "cpu +%"
for case in warm touch fresh; do
  [ -s "$scratch/$case-on.txt" ] || continue
  won=$(cut -d' ' -f1 "$scratch/$case-on.txt" | median)
  woff=$(cut -d' ' -f1 "$scratch/$case-off.txt" | median)
  con=$(cut -d' ' -f2 "$scratch/$case-on.txt" | median)
  coff=$(cut -d' ' -f2 "$scratch/$case-off.txt" | median)
  printf '%-6s %9.4fs %9.4fs %9.4fs %9.4fs %7.1f%%\n' "$case" "$won" "$woff" "$con" "$coff" \
    "$(echo "$con $coff" | awk '{ print ($2 > 0) ? ($1 / $2 - 1) * 100 : 0 }')"
done
echo "($runs runs each, medians; check on and off taking turns in one run)"
