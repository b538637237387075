#!/usr/bin/env bash
# Contributions benchmark (issue 23): a programme with 30 learners of 50 experiences
# each, built from 30 contributions (contributions/*.carnet, encrypted and signed)
# against the same 30 learners as folders of learners/ (the very files the shares
# carry, unzipped from an --unencrypted share of each). Cold (no output, no cache)
# and warm (nothing changed) builds, taking turns run by run; CPU time (user + sys)
# is the figure (the machine is shared), wall time and peak RSS beside it.
#
#   scripts/contrib-bench.sh SCRATCH_DIR [RUNS]        (default: 3 runs)
#
# The learners come from examples/scale_journal.rs at factor 2 (the first 30 of 40;
# their profiles made visible to their referent so that each has something to
# share). Note: the folders' build also makes 30 private sites, which a programme
# does not make for learners who contribute (they build their own).
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=${1:?usage: scripts/contrib-bench.sh SCRATCH_DIR [RUNS]}
runs=${2:-3}
rm -rf "$scratch"
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)

# CARNET_BENCH_NO_BUILD=1 uses target/release as it is (no cargo build first).
[ -n "${CARNET_BENCH_NO_BUILD:-}" ] || cargo build --release --quiet --bin carnet --example scale_journal
bin=$(pwd)/target/release/carnet
target/release/examples/scale_journal "$scratch/source" 2 >/dev/null

programme="$scratch/programme"
folders="$scratch/folders"
mkdir -p "$programme/contributions" "$folders/learners"
cp "$scratch/source/carnet.toml" "$programme/"
cp "$scratch/source/carnet.toml" "$folders/"
export CARNET_IDENTITY="$scratch/programme.age"
recipient=$("$bin" keys new --out "$CARNET_IDENTITY" | tail -1 | tr -d ' ')
for l in $(seq 0 29); do
  slug=$(printf 'jeune-%05d' "$l")
  own="$scratch/own/$slug"
  mkdir -p "$own/learners"
  cp -r "$scratch/source/learners/$slug" "$own/learners/"
  sed -i 's/^visibility = "private"$/visibility = "referent"/' "$own/learners/$slug/profile.md"
  { cat "$scratch/source/carnet.toml"; printf '\n[programme]\nrecipients = ["%s"]\n' "$recipient"; } >"$own/carnet.toml"
  export CARNET_HOME="$scratch/home/$slug"
  "$bin" share "$own" -q -o "$programme/contributions/$slug.carnet"
  "$bin" share "$own" -q --unencrypted -o "$scratch/plain-$slug.zip"
  (cd "$folders" && unzip -q "$scratch/plain-$slug.zip" "learners/*")
  "$bin" contributions accept "$slug" "$programme" -q >/dev/null
done
unset CARNET_HOME

# One build: prints "wall cpu rss_mb".
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -o "$log" -f '%e %U %S %M' "$@" -q >/dev/null 2>&1
  read -r wall user sys rss <"$log"
  rm -f "$log"
  echo "$wall $(echo "$user + $sys" | bc) $((rss / 1024))"
}

printf '%-4s %-14s %-5s %8s %8s %7s\n' run journal case wall cpu "RSS MB"
for run in $(seq 1 "$runs"); do
  for journal in folders programme; do
    rm -rf "$scratch/out-$journal" "$scratch/cache-$journal"
    for case in cold warm; do
      read -r wall cpu rss < <(measure "$bin" build "$scratch/$journal" --out "$scratch/out-$journal" --cache "$scratch/cache-$journal")
      printf '%-4s %-14s %-5s %7.2fs %7.2fs %7s\n' "$run" "$journal" "$case" "$wall" "$cpu" "$rss"
    done
  done
done
