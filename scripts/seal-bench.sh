#!/usr/bin/env bash
# The build-time cost of sealing (issue 13): cold builds of one corpus, plain and with
# every group and referent sealed (`protect = true`), alternated in the same run so
# both see the same machine load. Prints each run, the medians and their ratio.
#
# usage: scripts/seal-bench.sh JOURNAL [RUNS]
#   JOURNAL  a corpus (e.g. the `slice` of scripts/bench.sh); it is not modified: the
#            sealed variant is a hard-linked copy with its own carnet.toml
#   RUNS     cold builds of each variant (default 3)
#   CARNET_BENCH_DIR  scratch folder (default /tmp/carnet-seal-bench)
set -euo pipefail
journal=$(cd "$1" && pwd)
runs=${2:-3}
project=$(cd "$(dirname "$0")/.." && pwd)
work=${CARNET_BENCH_DIR:-/tmp/carnet-seal-bench}
mkdir -p "$work"
cargo build --release --quiet --manifest-path "$project/Cargo.toml"
carnet=$project/target/release/carnet

sealed=$work/sealed-journal
rm -rf "$sealed" && cp -al "$journal" "$sealed" && rm "$sealed/carnet.toml"
python3 - "$journal/carnet.toml" "$sealed/carnet.toml" "$work/passphrases.txt" <<'PY'
import re, sys
src, dst, phrases = sys.argv[1:]
text = open(src).read()
sites = []
out = []
section = None
for line in text.splitlines():
    m = re.match(r'\s*\[\[(groups|referents)\]\]', line)
    if m:
        section = m.group(1)
    elif re.match(r'\s*\[', line):
        section = None
    out.append(line)
    m = re.match(r'\s*slug\s*=\s*"([^"]+)"', line)
    if m and section:
        out.append("protect = true")
        sites.append(("community/" if section == "groups" else "referent/") + m.group(1))
open(dst, "w").write("\n".join(out) + "\n")
with open(phrases, "w") as f:
    for s in sites:
        f.write(f"{s} = une phrase de passe de banc d'essai\n{s} = une seconde phrase de passe\n")
print("sealed sites:", ", ".join(sites))
PY

cold() {  # cold() NAME JOURNAL [ARGS...]: one cold build, prints its wall time in seconds
  local name=$1 j=$2
  shift 2
  rm -rf "$work/out-$name" "$work/cache-$name"
  local start end
  start=$(date +%s.%N)
  "$carnet" build "$j" --out "$work/out-$name" --cache "$work/cache-$name" -q "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

plain=() sealedt=()
for i in $(seq "$runs"); do
  p=$(cold plain "$journal")
  s=$(cold sealed "$sealed" --passphrase-file "$work/passphrases.txt")
  echo "run $i: plain ${p}s, sealed ${s}s"
  plain+=("$p") sealedt+=("$s")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mp=$(median "${plain[@]}")
ms=$(median "${sealedt[@]}")
echo "median cold build: plain ${mp}s, sealed ${ms}s, ratio $(echo "scale=3; $ms / $mp" | bc)"
du -sb "$work/out-plain" "$work/out-sealed" | sed 's/^/bytes: /'
rm -rf "$work/out-plain" "$work/out-sealed" "$work/cache-plain" "$work/cache-sealed" "$sealed"
