#!/usr/bin/env bash
# Times `folio show SLUG --width 80 --style dark` against
# `glow -w 80 -s dark FILE` on the bundled 13 KB clinic article and on a
# generated 200 KB one, whole processes, taking turns run by run so that
# the load of a shared machine falls on both alike. Each pair is timed
# with output to a pipe (folio then writes no colour, glow does) and in a
# pseudo-terminal (both write colour).
#
#   tools/compare-glow.sh [-r ROUNDS] [-g GLOW] [-f FOLIO]
#
# glow is not part of folio: install it apart, e.g. (from outside this
# module) GOBIN=/tmp/glowbin go install github.com/charmbracelet/glow/v2@latest.
# Without glow the script says so and stops.
set -euo pipefail
rounds=15 glow=${GLOW:-} folio=
while getopts r:g:f: o; do
  case $o in r) rounds=$OPTARG ;; g) glow=$OPTARG ;; f) folio=$OPTARG ;; *) exit 2 ;; esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
[ -n "$glow" ] || glow=$(command -v glow || true)
if [ -z "$glow" ] || [ ! -x "$glow" ]; then
  echo "compare-glow: glow is not installed (give it with -g PATH); skipping"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$folio" ]; then
  folio=$tmp/folio
  (cd "$root" && go build -o "$folio" ./cmd/folio)
fi
(cd "$root" && go run ./tools/genlib -n 1 -size 204800 "$tmp/big")
big=$(find "$tmp/big" -name '*.md')
slug=$(basename "$big" .md)
# screen: the terminal is not asked its colours (Bubble Tea, in both
# programs, asks at start; a pseudo-terminal with no emulator never answers)
export XDG_CACHE_HOME=$tmp/cache TERM=screen-256color COLORTERM=truecolor

# run CMD: one timed run, "wall user sys" in ms
run() {
  local TIMEFORMAT='%3R %3U %3S'
  { time bash -c "$1" >/dev/null 2>&1; } 2>&1 | awk '{printf "%d %d %d\n", $1*1000, $2*1000, $3*1000}'
}

# compare NAME CMD_A CMD_B: ROUNDS turns of each, then medians
compare() {
  local name=$1 a=$2 b=$3 ta=$tmp/a tb=$tmp/b
  : >"$ta"
  : >"$tb"
  run "$a" >/dev/null # warm the page cache and the index
  run "$b" >/dev/null
  for ((i = 0; i < rounds; i++)); do
    if ((i % 2)); then run "$b" >>"$tb"; run "$a" >>"$ta"; else run "$a" >>"$ta"; run "$b" >>"$tb"; fi
  done
  summary() { sort -n "$1" | awk '{w[NR]=$1; u+=$2; s+=$3} END {printf "median %4d ms wall, mean %4d ms cpu", w[int((NR+1)/2)], (u+s)/NR}'; }
  printf '%-24s folio: %s   glow: %s\n' "$name" "$(summary "$ta")" "$(summary "$tb")"
}

pty() { printf 'script -qec %q /dev/null' "$1"; }

echo "$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds"
echo "glow: $glow ($("$glow" --version 2>/dev/null | head -1))"
f13="$folio show exosomes-vs-prp --width 80 --style dark"
g13="$glow -w 80 -s dark $root/articles/exosomes-vs-prp.md"
f200="$folio show $slug --no-bundled --dir $tmp/big --width 80 --style dark"
g200="$glow -w 80 -s dark $big"
compare "13 KB, to a pipe" "$f13" "$g13"
compare "200 KB, to a pipe" "$f200" "$g200"
if command -v script >/dev/null; then
  compare "13 KB, to a terminal" "$(pty "$f13")" "$(pty "$g13")"
  compare "200 KB, to a terminal" "$(pty "$f200")" "$(pty "$g200")"
fi
