#!/usr/bin/env bash
# Times folio's TUI as a person sees it, in tmux: from launch to the first
# frame of the Articles list (the bundled articles), and to the frame that
# lists the whole folder (the loading spinner gone, the count shown).
#
#   tools/tui-load.sh [-r RUNS] [-n COUNT] BIN DIR
#
# COUNT is the number of articles the folder holds (default: its .md files);
# the bundled two are added. Run with FOLIO_NO_CACHE=1 for a cold load.
set -euo pipefail
runs=5 count=
while getopts r:n: o; do
  case $o in r) runs=$OPTARG ;; n) count=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
bin=${1:?usage: tools/tui-load.sh [-r RUNS] [-n COUNT] BIN DIR} dir=${2:?DIR}
command -v tmux >/dev/null || { echo "tui-load: tmux is not installed; skipping"; exit 0; }
[ -n "$count" ] || count=$(find "$dir" -name '*.md' | wc -l)
want=$((count + 2))
session=folio-tui-load-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT

now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }

echo "folder: $dir ($count articles + 2 bundled), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for r in $(seq "$runs"); do
  t0=$(now)
  tmux new-session -d -s "$session" -x 100 -y 30 "$bin --dir $dir"
  first= all=
  while :; do
    s=$(tmux capture-pane -p -t "$session" 2>/dev/null || true)
    t=$(now)
    if [ -z "$first" ] && grep -q 'Articles' <<<"$s"; then first=$(ms "$t0" "$t"); fi
    if grep -q "^ *$want articles" <<<"$s" && ! grep -q 'Loading' <<<"$s"; then all=$(ms "$t0" "$t"); break; fi
    if [ "$(ms "$t0" "$t")" -gt 20000 ]; then echo "run $r: no full list after 20 s"; break; fi
  done
  echo "run $r: first frame ${first} ms, all $want listed ${all} ms"
  tmux kill-session -t "$session"
done
