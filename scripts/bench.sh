#!/usr/bin/env bash
# Benchmarks carnet against Hugo and Zola (when installed) on the same corpus, in the
# same run: cold (empty cache and output), warm (nothing changed) and touch (one
# experience's text changed). Prints medians of wall time, CPU time (user + sys),
# peak memory, and the ratios to carnet.
#
# usage: scripts/bench.sh [small|slice|medium|large] [RUNS]
#   CARNET_BENCH_DIR  scratch folder (default /tmp/carnet-bench): photo pool, corpora, outputs
#   SHARED            the shared folder (default: ../shared beside the project)
#   HUGO, ZOLA        binaries (default: from PATH; skipped when missing)
#   CARNET_BENCH_ONLY=1  measure carnet alone (Hugo takes about 25 minutes cold on medium)
#   COLD_RUNS         cold runs of carnet (default RUNS; a cold build of medium takes minutes)
#   CARNET_BENCH_TURBO=1  also measure carnet built with `--features turbojpeg` (libjpeg-turbo;
#                     needs cmake and nasm), as the tool "turbo"
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

if [ -n "${CARNET_BENCH_TURBO:-}" ]; then   # same target folder: the dependencies are shared
  cargo build --release --quiet --features turbojpeg --manifest-path "$project/Cargo.toml"
  cp "$project/target/release/carnet" "$project/target/release/carnet-turbojpeg"
  turbo=$project/target/release/carnet-turbojpeg
fi
cargo build --release --quiet --manifest-path "$project/Cargo.toml"
carnet=$project/target/release/carnet
[ -d "$work/pool" ] && [ "$(ls "$work/pool" | wc -l)" -ge 92 ] || bash "$bench/make-photo-pool.sh" "$work/pool"
journal=$work/$size
[ -f "$journal/carnet.toml" ] || python3 "$bench/make-journal.py" "$work/pool" "$journal" --size "$size"
photos=$(find "$journal/learners" -name '*.jpg' | wc -l)

tools=(carnet)
[ -n "${CARNET_BENCH_TURBO:-}" ] && tools+=(turbo)
if [ -n "${CARNET_BENCH_WEBP:-}" ]; then
  tools+=(webp)
  rm -rf "$work/$size-webp" && cp -al "$journal" "$work/$size-webp"
  rm "$work/$size-webp/carnet.toml"   # a file of its own, not a link to the corpus's
  { cat "$journal/carnet.toml"; printf '\n[images]\nwebp = true\n'; } >"$work/$size-webp/carnet.toml"
fi
hugo=${HUGO:-hugo}; zola=${ZOLA:-zola}
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

# carnet_run BINARY JOURNAL NAME CASE TIMEFILE: one carnet build into out-NAME with cache-NAME
carnet_run() {
  local bin=$1 journal=$2 name=$3 case=$4 t=$5
  case $case in
    cold) rm -rf "$work/out-$name" "$work/cache-$name" ;;
    touch) edit_one "$journal/learners" ;;
  esac
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$bin" build "$journal" --out "$work/out-$name" \
    --cache "$work/cache-$name" >/dev/null 2>&1
}

# one TOOL CASE -> prints "wall cpu rss_kb"
one() {
  local tool=$1 case=$2 t
  t=$(mktemp)
  case $tool in
    carnet) carnet_run "$carnet" "$journal" "$size" "$case" "$t" ;;
    webp) carnet_run "$carnet" "$work/$size-webp" "webp-$size" "$case" "$t" ;;
    turbo) carnet_run "$turbo" "$journal" "turbo-$size" "$case" "$t" ;;
    hugo) HUGO=$hugo /usr/bin/time -f "%e %U %S %M" -o "$t" bash "$bench/run-case.sh" hugo "$work/hugo-$size" "$case" >/dev/null 2>&1 ;;
    zola) ZOLA=$zola /usr/bin/time -f "%e %U %S %M" -o "$t" bash "$bench/run-case.sh" zola "$work/zola-$size" "$case" >/dev/null 2>&1 ;;
  esac
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$t"
  rm -f "$t"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

declare -A wall cpu rss
for case in cold warm touch; do
  for tool in "${tools[@]}"; do
    n=$runs
    if [ "$case" = cold ]; then
      case $tool in
        # Hugo and Zola take minutes cold on big corpora: one cold run of each is enough.
        hugo | zola) [ "$size" != small ] && n=1 ;;
        *) n=${COLD_RUNS:-$runs} ;;
      esac
    fi
    [ "$case" != cold ] && one "$tool" warm >/dev/null   # settle after the previous case
    results=()
    for _ in $(seq "$n"); do results+=("$(one "$tool" "$case")"); done
    wall[$tool.$case]=$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)
    cpu[$tool.$case]=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
    rss[$tool.$case]=$(printf '%s\n' "${results[@]}" | awk '{print $3}' | sort -n | tail -1)
  done
done

floor=-
if command -v djpeg >/dev/null 2>&1; then
  floor=$( { /usr/bin/time -f "%e" bash "$bench/decode-floor.sh" "$journal/learners" >/dev/null; } 2>&1 | tail -1)
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
echo "decode floor (djpeg, every photo once, full size, $(nproc) jobs): ${floor}s"
if [ "$floor" != - ]; then
  awk -v c="${wall[carnet.cold]}" -v f="$floor" -v n="$photos" \
    'BEGIN { printf "carnet cold = %.2fx the decode floor, %.0f ms per photo\n", c / f, 1000 * c / n }'
  if [ -n "${wall[turbo.cold]:-}" ]; then
    awk -v c="${wall[turbo.cold]}" -v f="$floor" -v n="$photos" \
      'BEGIN { printf "turbo cold = %.2fx the decode floor, %.0f ms per photo\n", c / f, 1000 * c / n }'
  fi
fi
if [ -n "${CARNET_BENCH_WEBP:-}" ]; then
  bytes() { find "$1" -name "*.$2" -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MB", s / 1e6 }'; }
  echo "photos of the public site: JPEG $(bytes "$work/out-$size/public/photos" jpg)," \
    "WebP twins $(bytes "$work/out-webp-$size/public/photos" webp)"
fi
