#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for a bounded time, then prints the
# executions of each and what it found.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s, every target)
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Each target
# starts from its seeds (fuzz/seeds/<target>/, in the repository) and grows a working
# corpus in fuzz/work/<target>/ (git-ignored, kept between runs). A crash is saved in
# fuzz/artifacts/<target>/; replay it with `cargo +nightly fuzz run <target> <file>`.
# Exit code 1 when any target found a crash, a panic or a leak.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(front_matter markdown photo journal)
fi

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: no nightly toolchain (rustup toolchain install nightly)" >&2
  exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz is missing (cargo install cargo-fuzz)" >&2
  exit 2
fi

# Temporary journals and photos of the targets go to memory when it can.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  export TMPDIR=/dev/shm
fi

cargo +nightly fuzz build --fuzz-dir fuzz -O 2>&1 | tail -n 3

status=0
total=0
report=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/work/$t" "fuzz/artifacts/$t"
  log=$(mktemp)
  set +e
  cargo +nightly fuzz run --fuzz-dir fuzz -O "$t" "fuzz/work/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1)
  runs=${runs:-0}
  total=$((total + runs))
  if [ "$code" -ne 0 ]; then
    status=1
    found=$(grep -E 'panicked at|ERROR: libFuzzer|SUMMARY' "$log" | head -n 3 | tr '\n' ' ')
    report+=("$t: $runs executions in ${seconds} s, FOUND: $found (see fuzz/artifacts/$t/)")
    tail -n 40 "$log" >&2
  else
    corpus=$(find "fuzz/work/$t" -type f | wc -l)
    report+=("$t: $runs executions in ${seconds} s, nothing found (corpus: $corpus inputs)")
  fi
  rm -f "$log"
done

printf '%s\n' "${report[@]}"
echo "fuzz: $total executions in all"
exit "$status"
