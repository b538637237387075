#!/usr/bin/env bash
# Benchmarks carnet against Hugo and Zola on the same corpus, in the same run: cold
# (empty cache and output), warm (nothing changed) and touch (one experience's text
# changed). Prints medians of wall time, CPU time (user + sys), peak memory, the
# ratios to carnet, the decode floor, and whether carnet meets its targets.
#
# usage: scripts/bench.sh [small|slice|medium|large] [RUNS]
#   CARNET_BENCH_DIR  scratch folder (default /tmp/carnet-bench): photo pool, corpora, outputs
#   SHARED            the shared folder (default: ../shared beside the project)
#   HUGO, ZOLA        binaries (default: hugo from PATH, zola from SHARED/bench/bin/zola, else
#                     from PATH; each skipped when missing)
#   CARNET_BENCH_ONLY=1  measure carnet alone (Hugo takes about 25 minutes cold on medium)
#   CARNET_BENCH_NO_HUGO=1  leave Hugo out (Zola stays)
#   COLD_RUNS         cold runs of carnet (default RUNS; a cold build of medium takes minutes)
#   CARNET_BENCH_RUST=1   also measure the default binary with its pure-Rust JPEG codec
#                     (CARNET_CODEC=rust), as the tool "rust"
#   CARNET_BENCH_WEBP=1   also measure carnet with `[images] webp = true` (on a hard-linked copy
#                     of the corpus), as the tool "webp", and print the bytes of its photos
# Set-up for the corpus and Hugo (see ../shared/bench/README.md):
#   apt-get install -y hugo mate-backgrounds plasma-workspace-wallpapers lomiri-wallpapers-20.04 \
#     imagemagick libimage-exiftool-perl libjpeg-turbo-progs
set -euo pipefail
size=${1:-slice}
runs=${2:-3}
project=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$project/../shared}
bench=$shared/bench
work=${CARNET_BENCH_DIR:-/tmp/carnet-bench}
mkdir -p "$work"

cargo build --release --quiet --manifest-path "$project/Cargo.toml"
carnet=$project/target/release/carnet
[ -d "$work/pool" ] && [ "$(ls "$work/pool" | wc -l)" -ge 92 ] || bash "$bench/make-photo-pool.sh" "$work/pool"
journal=$work/$size
[ -f "$journal/carnet.toml" ] || python3 "$bench/make-journal.py" "$work/pool" "$journal" --size "$size"
photos=$(find "$journal/learners" -name '*.jpg' | wc -l)

tools=(carnet)
[ -n "${CARNET_BENCH_RUST:-}" ] && tools+=(rust)
if [ -n "${CARNET_BENCH_WEBP:-}" ]; then
  tools+=(webp)
  rm -rf "$work/$size-webp" && cp -al "$journal" "$work/$size-webp"
  rm "$work/$size-webp/carnet.toml"   # a file of its own, not a link to the corpus's
  { cat "$journal/carnet.toml"; printf '\n[images]\nwebp = true\n'; } >"$work/$size-webp/carnet.toml"
fi
hugo=${HUGO:-hugo}
zola=${ZOLA:-$bench/bin/zola}
[ -x "$zola" ] || zola=zola
[ -n "${CARNET_BENCH_NO_HUGO:-}" ] && hugo=/nonexistent
[ -n "${CARNET_BENCH_ONLY:-}" ] && hugo=/nonexistent && zola=/nonexistent
if command -v "$hugo" >/dev/null 2>&1; then
  [ -d "$work/hugo-$size" ] || bash "$bench/hugo-site.sh" "$journal" "$work/hugo-$size" >/dev/null
  tools+=(hugo)
fi
if command -v "$zola" >/dev/null 2>&1; then
  [ -d "$work/zola-$size" ] || bash "$bench/zola-site.sh" "$journal" "$work/zola-$size" >/dev/null
  tools+=(zola)
fi

edit_one() {  # same edit as run-case.sh: rewrite a trailing "Édité ..." line of the first experience
  local f
  f=$(find "$1" -mindepth 3 -maxdepth 3 -name index.md | sort | sed -n 1p)
  [ -n "$f" ] || f=$(find "$1" -path '*experiences*' -name index.md | sort | sed -n 1p)
  sed -i '/^Édité /d' "$f"
  echo "Édité $(date +%s%N)." >>"$f"
}

# carnet_run BINARY JOURNAL NAME CASE TIMEFILE [CODEC]: one carnet build into out-NAME with
# cache-NAME, with CARNET_CODEC=CODEC (default: unset, the binary's best codec)
carnet_run() {
  local bin=$1 journal=$2 name=$3 case=$4 t=$5 codec=${6:-}
  case $case in
    cold) rm -rf "$work/out-$name" "$work/cache-$name" ;;
    touch) edit_one "$journal/learners" ;;
  esac
  env -u CARNET_CODEC ${codec:+CARNET_CODEC=$codec} /usr/bin/time -f "%e %U %S %M" -o "$t" \
    "$bin" build "$journal" --out "$work/out-$name" --cache "$work/cache-$name" >/dev/null 2>&1
}

# one TOOL CASE -> prints "wall cpu rss_kb"
one() {
  local tool=$1 case=$2 t
  t=$(mktemp)
  case $tool in
    carnet) carnet_run "$carnet" "$journal" "$size" "$case" "$t" ;;
    webp) carnet_run "$carnet" "$work/$size-webp" "webp-$size" "$case" "$t" ;;
    rust) carnet_run "$carnet" "$journal" "rust-$size" "$case" "$t" rust ;;
    hugo) HUGO=$hugo /usr/bin/time -f "%e %U %S %M" -o "$t" bash "$bench/run-case.sh" hugo "$work/hugo-$size" "$case" >/dev/null 2>&1 ;;
    zola) ZOLA=$zola /usr/bin/time -f "%e %U %S %M" -o "$t" bash "$bench/run-case.sh" zola "$work/zola-$size" "$case" >/dev/null 2>&1 ;;
  esac
  if grep -q 'non-zero' "$t"; then   # a failed build (a full disk, say) is no measurement
    echo "$tool $case: the build failed ($(head -1 "$t"))" >&2
    rm -f "$t"
    return 1
  fi
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$t"
  rm -f "$t"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

runs_of() {  # runs_of TOOL CASE: how many runs of TOOL in CASE
  if [ "$2" != cold ]; then
    echo "$runs"
  else
    case $1 in
      # Hugo and Zola take minutes cold on big corpora: one cold run of each is enough.
      hugo | zola) if [ "$size" != small ]; then echo 1; else echo "$runs"; fi ;;
      *) echo "${COLD_RUNS:-$runs}" ;;
    esac
  fi
}

# The tools take turns run by run (carnet, rust, hugo, zola, carnet, ...), so that a
# burst of load on this shared machine falls on all of them rather than on one.
declare -A wall cpu rss results
for case in cold warm touch; do
  if [ "$case" != cold ]; then   # settle after the previous case
    for tool in "${tools[@]}"; do one "$tool" warm >/dev/null; done
  fi
  most=0
  for tool in "${tools[@]}"; do
    results[$tool]=""
    n=$(runs_of "$tool" "$case"); [ "$n" -gt "$most" ] && most=$n
  done
  for i in $(seq "$most"); do
    for tool in "${tools[@]}"; do
      [ "$i" -le "$(runs_of "$tool" "$case")" ] || continue
      r=$(one "$tool" "$case")
      results[$tool]+="$r"$'\n'
      echo "$tool $case run $i: wall cpu rss_kb = $r" >&2   # progress: a medium run takes long
    done
  done
  for tool in "${tools[@]}"; do
    r=${results[$tool]}
    wall[$tool.$case]=$(printf '%s' "$r" | awk 'NF {print $1}' | median)
    cpu[$tool.$case]=$(printf '%s' "$r" | awk 'NF {print $2}' | median)
    rss[$tool.$case]=$(printf '%s' "$r" | awk 'NF {print $3}' | sort -n | tail -1)
  done
done

# The decode floor: median of 3 runs, wall and CPU (user + sys).
floor=- floor_cpu=-
if command -v djpeg >/dev/null 2>&1; then
  floor_runs=$(for _ in 1 2 3; do
    { /usr/bin/time -f "%e %U %S" bash "$bench/decode-floor.sh" "$journal/learners" >/dev/null; } 2>&1 |
      tail -1 | awk '{ printf "%s %.2f\n", $1, $2 + $3 }'
  done)
  floor=$(printf '%s\n' "$floor_runs" | awk '{ print $1 }' | median)
  floor_cpu=$(printf '%s\n' "$floor_runs" | awk '{ print $2 }' | median)
fi

echo
echo "corpus: $size ($photos photos), $(nproc) cores, medians of $runs runs (carnet cold: ${COLD_RUNS:-$runs}; Hugo/Zola cold beyond small: 1)"
printf '| %-6s | %-5s | %9s | %9s | %9s | %s |\n' tool case wall cpu "peak RSS" "wall vs carnet"
printf '| %-6s | %-5s | %9s | %9s | %9s | %s |\n' --- --- ---: ---: ---: ---:
for case in cold warm touch; do
  for tool in "${tools[@]}"; do
    w=${wall[$tool.$case]}; base=${wall[carnet.$case]}
    ratio=$(awk -v a="$w" -v b="$base" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
    printf '| %-6s | %-5s | %8ss | %8ss | %6d MB | %s |\n' "$tool" "$case" "$w" "${cpu[$tool.$case]}" \
      $(( ${rss[$tool.$case]} / 1024 )) "$ratio"
  done
done
echo
echo "decode floor (djpeg, every photo once, full size, $(nproc) jobs, median of 3): ${floor}s wall, ${floor_cpu}s CPU"
if [ "$floor" != - ]; then
  for tool in carnet rust; do
    [ -n "${wall[$tool.cold]:-}" ] || continue
    awk -v t="$tool" -v c="${wall[$tool.cold]}" -v f="$floor" -v n="$photos" \
      'BEGIN { printf "%s cold = %.2fx the decode floor, %.0f ms per photo\n", t, c / f, 1000 * c / n }'
    awk -v t="$tool" -v c="${cpu[$tool.cold]}" -v f="$floor_cpu" \
      'BEGIN { if (f > 0) printf "%s cold CPU = %.2fx the decode floor'"'"'s CPU\n", t, c / f }'
  done
fi

# The targets of the default build (issue 25), judged on this run's figures.
target() {  # target DESCRIPTION VALUE OP LIMIT: prints met / NOT met
  awk -v d="$1" -v v="$2" -v op="$3" -v l="$4" 'BEGIN {
    ok = (op == "<=") ? v <= l : (op == "<") ? v < l : v >= l
    printf "  %-52s %8.3f %s %-6s %s\n", d, v, op, l, ok ? "met" : "NOT met" }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }
fastest_peer() {  # fastest_peer CASE: the smallest wall time of Hugo and Zola in CASE, or nothing
  for tool in hugo zola; do [ -n "${wall[$tool.$1]:-}" ] && echo "${wall[$tool.$1]}"; done | sort -n | head -1
}
echo
echo "targets of the default build (carnet), this run:"
case $size in
  slice)
    if [ "$floor" != - ]; then
      target "cold wall / decode floor's wall" "$(ratio "${wall[carnet.cold]}" "$floor")" "<=" 2.0
      target "cold CPU / decode floor's CPU" "$(ratio "${cpu[carnet.cold]}" "$floor_cpu")" "<=" 2.0
    fi
    peer=$(fastest_peer warm)
    [ -n "$peer" ] && target "warm wall / fastest peer's warm wall" "$(ratio "${wall[carnet.warm]}" "$peer")" "<=" 0.2
    target "warm CPU (s)" "${cpu[carnet.warm]}" "<=" 0.05
    peer=$(fastest_peer touch)
    [ -n "$peer" ] && target "touch wall / fastest peer's touch wall" "$(ratio "${wall[carnet.touch]}" "$peer")" "<=" 0.25
    target "touch CPU (s)" "${cpu[carnet.touch]}" "<=" 0.08
    ;;
  medium)
    target "cold peak RSS (MB)" "$(( ${rss[carnet.cold]} / 1024 ))" "<" 300
    if [ -n "${wall[zola.cold]:-}" ]; then
      target "Zola's cold wall / carnet's (speed-up)" "$(ratio "${wall[zola.cold]}" "${wall[carnet.cold]}")" ">=" 8
    fi
    target "warm wall (s)" "${wall[carnet.warm]}" "<=" 0.5
    target "touch wall (s)" "${wall[carnet.touch]}" "<=" 0.6
    ;;
  *) echo "  (targets are set for slice and medium)" ;;
esac
if [ -n "${CARNET_BENCH_WEBP:-}" ]; then
  bytes() { find "$1" -name "*.$2" -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MB", s / 1e6 }'; }
  echo "photos of the public site: JPEG $(bytes "$work/out-$size/public/photos" jpg)," \
    "WebP twins $(bytes "$work/out-webp-$size/public/photos" webp)"
fi
