#!/usr/bin/env bash
# Times `folio show SLUG --width 80 --style dark` against
# `glow -w 80 -s dark FILE`, whole processes, on the bundled 13 KB clinic
# article and on a generated 200 KB one: with output to a pipe (folio
# then writes no colour, glow does) and in a pseudo-terminal (both write
# colour). Uses hyperfine (apt-get install -y hyperfine) and jq; without
# hyperfine, a plain loop that takes turns.
#
#   tools/compare-glow.sh [-r RUNS] [-g GLOW] [-f FOLIO]
#
# glow is not part of folio: install it apart, e.g. from outside this
# module: GOBIN=/tmp/glowbin go install github.com/charmbracelet/glow/v2@latest
# Without glow the script says so and stops.
set -euo pipefail
runs=30 glow=${GLOW:-} folio=
while getopts r:g:f: o; do
  case $o in r) runs=$OPTARG ;; g) glow=$OPTARG ;; f) folio=$OPTARG ;; *) exit 2 ;; esac
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

# loop CMD...: without hyperfine, RUNS turns of each, "median wall, mean cpu"
loop() {
  local TIMEFORMAT='%3R %3U %3S' i c
  for ((i = 0; i < runs; i++)); do
    for c in "$@"; do
      { time bash -c "$c" >/dev/null 2>&1; } 2>>"$tmp/t.$(cksum <<<"$c" | cut -d' ' -f1)"
    done
  done
  for c in "$@"; do
    sort -n "$tmp/t.$(cksum <<<"$c" | cut -d' ' -f1)" |
      awk -v c="${c%% *}" '{w[NR]=$1*1000; u+=$2*1000; s+=$3*1000} END {printf "  %-12s median %5.1f ms wall, mean %5.1f ms user + %5.1f ms sys\n", c, w[int((NR+1)/2)], u/NR, s/NR}'
    rm -f "$tmp/t.$(cksum <<<"$c" | cut -d' ' -f1)"
  done
}

# compare NAME TTY CMD_A CMD_B
compare() {
  local name=$1 tty=$2
  shift 2
  echo "$name"
  if ! command -v hyperfine >/dev/null || ! command -v jq >/dev/null; then
    if [ "$tty" = yes ]; then loop "$(printf 'script -qec %q /dev/null' "$1")" "$(printf 'script -qec %q /dev/null' "$2")"; else loop "$@"; fi
    return
  fi
  local h=(hyperfine -N -w 3 -r "$runs" --export-json "$tmp/h.json")
  if [ "$tty" = yes ]; then
    script -qec "$(printf '%q ' "${h[@]}" --output=inherit "$@")" /dev/null >/dev/null 2>&1
  else
    "${h[@]}" "$@" >/dev/null 2>&1
  fi
  jq -r '.results[] | "  \(.command | split(" ")[0] | split("/")[-1] | .[0:12]) \(.mean*1000 | floor) ± \(.stddev*1000 | floor) ms wall, median \(.median*1000 | floor) ms, user \(.user*1000 | floor) ms + sys \(.system*1000 | floor) ms"' "$tmp/h.json"
}

echo "$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
echo "glow: $glow"
f13="$folio show exosomes-vs-prp --width 80 --style dark"
g13="$glow -w 80 -s dark $root/articles/exosomes-vs-prp.md"
f200="$folio show $slug --no-bundled --dir $tmp/big --width 80 --style dark"
g200="$glow -w 80 -s dark $big"
"$folio" list --no-bundled --dir "$tmp/big" >/dev/null # write the index, as a second run finds it
compare "13 KB clinic article, to a pipe" no "$f13" "$g13"
compare "200 KB generated article, to a pipe" no "$f200" "$g200"
if command -v script >/dev/null; then
  compare "13 KB clinic article, to a terminal" yes "$f13" "$g13"
  compare "200 KB generated article, to a terminal" yes "$f200" "$g200"
fi
