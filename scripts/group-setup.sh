#!/usr/bin/env bash
# Times setting up a group from nothing, as the README tells an adviser to:
# `carnet init --group`, `carnet add referent`, `carnet add learners` (a 12-line CSV
# in Windows-1252 with `;`, as a French spreadsheet exports it), `carnet build`.
# Prints the number of commands and, for each and in total, the CPU time (user +
# sys, the steadier figure on a shared machine) and the wall time.
#
# usage: scripts/group-setup.sh [RUNS]     (needs target/release/carnet: cargo build --release)
set -euo pipefail
runs=${1:-3}
project=$(cd "$(dirname "$0")/.." && pwd)
carnet=${CARNET:-$project/target/release/carnet}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Pr\xe9nom;Nom;Groupe\r\n' > "$work/eleves.csv"
for name in "L\xe9a;Martin" "L\xe9a;Moreau" "In\xe8s;Benali" "Karim;Haddad" "Paul;Durand" \
    "Zo\xe9;Roux" "Yanis;Bouzid" "Chlo\xe9;Faure" "Mamadou;Diallo" "Sarah;Lopez" \
    "Enzo;Girard" "Jade;N'Diaye"; do
  printf "$name;\r\n" >> "$work/eleves.csv"
done

# One command, timed: prints "cpu wall" in seconds.
timed() {
  local out
  out=$( { /usr/bin/time -f '%U %S %e' "$@" > /dev/null 2> "$work/err"; } 2>&1 ) || {
    cat "$work/err" >&2; exit 1; }
  tail -n 1 "$work/err" | awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }'
}

for run in $(seq "$runs"); do
  cd "$work"
  rm -rf groupe cache
  steps=(
    "init groupe --group Garantie_Jeunes_2026"
    "add referent Nelly_Martin --role conseillère --journal groupe"
    "add learners eleves.csv --group garantie-jeunes-2026 --referent nelly --journal groupe"
    "build groupe --cache cache"
  )
  total_cpu=0; total_wall=0; line="run $run:"
  for step in "${steps[@]}"; do
    # Underscores stand for spaces inside one argument.
    read -r -a args <<< "$step"
    args=("${args[@]//_/ }")
    read -r cpu wall < <(timed "$carnet" "${args[@]}")
    line="$line  ${args[0]} ${args[1]}: ${cpu}s"
    total_cpu=$(echo "$total_cpu + $cpu" | bc); total_wall=$(echo "$total_wall + $wall" | bc)
  done
  sites=$(( 1 + $(ls -d groupe/site/{community,referent,private}/*/ | wc -l) ))
  echo "$line  | ${#steps[@]} commands, CPU ${total_cpu}s, wall ${total_wall}s, $sites sites"
done
