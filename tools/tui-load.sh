#!/usr/bin/env bash
# Times folio's TUI as a person sees it, whole process, in a
# pseudo-terminal of 100x30 (tools/tuitime): from launch to the first
# frame of the Articles list, and to the frame that counts every article
# of a folder of 10,000 (loaded in the background meanwhile), with the
# index cache warm and cold.
#
#   tools/tui-load.sh [-r RUNS] [DIR]
#
# DIR defaults to 10,000 generated articles of 4 KB in a temporary folder.
set -euo pipefail
runs=5
while getopts r: o; do
  case $o in r) runs=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=${1:-}
if [ -z "$dir" ]; then
  dir=$tmp/lib
  (cd "$root" && go run ./tools/genlib -n 10000 -size 4096 "$dir")
fi
count=$(find "$dir" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.mdx' -o -name '*.txt' \) | wc -l)
all="$((count + 2)) articles" # and the two bundled
(cd "$root" && go build -o "$tmp/folio" ./cmd/folio && go build -o "$tmp/tuitime" ./tools/tuitime)
export XDG_CACHE_HOME=$tmp/cache
echo "$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg); $dir: $count files"
echo "== bundled articles only: first frame"
"$tmp/tuitime" -r "$runs" -want 'Articles' -- "$tmp/folio"
echo "== --dir, index cache cold: first frame, then all listed"
FOLIO_NO_CACHE=1 "$tmp/tuitime" -r "$runs" -want 'Articles' -want "$all" -- "$tmp/folio" --dir "$dir"
"$tmp/folio" list --dir "$dir" >/dev/null # write the index
echo "== --dir, index cache warm: first frame, then all listed"
"$tmp/tuitime" -r "$runs" -want 'Articles' -want "$all" -- "$tmp/folio" --dir "$dir"
