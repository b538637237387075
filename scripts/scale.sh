#!/usr/bin/env bash
# Scale benchmark: carnet on generated journals of 1,000, 4,000 and 10,000
# experiences (examples/scale_journal.rs: one small photo per experience, one 1 MB
# Markdown text, one experience with 200 photos), cold (no output, no cache) and warm
# (nothing changed); wall time, CPU time and peak RSS of each, and each against 1x.
#
#   scripts/scale.sh SCRATCH_DIR [FACTORS...]        (default factors: 1 4 10)
#
# SCRATCH_DIR holds the journals, outputs and caches (outside the repository; the 10x
# journal is about 60 MB, its output about 1 GB). Journals are generated once and
# reused. Time should grow linearly with the factor, and memory stay well below it.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=${1:?usage: scripts/scale.sh SCRATCH_DIR [FACTORS...]}
shift
factors=("$@")
[ ${#factors[@]} -gt 0 ] || factors=(1 4 10)
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)

cargo build --release --quiet --bin carnet --example scale_journal
bin=target/release/carnet
gen=target/release/examples/scale_journal

# One build: prints "wall cpu rss_mb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -o "$log" -f '%e %U %S %M' "$@" -q >/dev/null 2>&1
  read -r wall user sys rss <"$log"
  rm -f "$log"
  echo "$wall $(echo "$user + $sys" | bc) $((rss / 1024))"
}

printf '%-7s %-6s %9s %9s %9s %8s\n' factor case wall cpu "RSS MB" "wall/1x"
declare -A base
for f in "${factors[@]}"; do
  journal="$scratch/journal-${f}x"
  [ -f "$journal/carnet.toml" ] || "$gen" "$journal" "$f"
  rm -rf "$scratch/out-${f}x" "$scratch/cache-${f}x"
  for case in cold warm; do
    read -r wall cpu rss < <(measure "$bin" build "$journal" --out "$scratch/out-${f}x" --cache "$scratch/cache-${f}x")
    key="$case"
    [ -n "${base[$key]:-}" ] || base[$key]=$wall
    ratio=$(echo "scale=2; $wall / ${base[$key]}" | bc)
    printf '%-7s %-6s %8.2fs %8.2fs %9s %7sx\n' "${f}x" "$case" "$wall" "$cpu" "$rss" "$ratio"
  done
done
