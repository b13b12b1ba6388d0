#!/usr/bin/env bash
# Recaptures every TUI screen README.md shows (section "Keys" and the
# keys file under "Configuration"): each one is run in a tmux session of
# the stated size with a fresh private state, cache and config, the keys
# are sent one at a time, and the screen is printed with trailing spaces
# trimmed, under a "=== NAME (WxH)" line. Copy them into README.md verbatim.
#
#   go build -o /tmp/wrd/folio ./cmd/folio
#   tools/readme-screens.sh [FOLIO] > /tmp/wrd/screens.txt
#
# Needs tmux. Works in /tmp/wrd (fixture folders are made there). Not run
# by CI: it takes about a minute and depends on tmux's timing.
set -euo pipefail
bin=${1:-/tmp/wrd/folio}
w=/tmp/wrd
mkdir -p "$w"
trap 'tmux kill-session -t wrd 2>/dev/null || true' EXIT
cols=80 rows=14

# fresh: forget folio's state, cache and config.
fresh() { rm -rf "$w/s" "$w/c" "$w/k"; }

# run COLS ROWS [VAR=VALUE...] -- ARGS...: start folio in session "wrd".
run() {
  cols=$1 rows=$2
  shift 2
  local vars=()
  while [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  tmux kill-session -t wrd 2>/dev/null || true
  tmux new -d -s wrd -x "$cols" -y "$rows" \
    "env XDG_STATE_HOME=$w/s XDG_CACHE_HOME=$w/c XDG_CONFIG_HOME=$w/k ${vars[*]} $bin $*; sleep 600"
  sleep 1.5
}

# keys KEY...: press each key (tmux names: enter, tab, escape…) in turn.
keys() { for k in "$@"; do tmux send-keys -t wrd "$k"; sleep 0.4; done; }

# typein TEXT: type TEXT a character at a time.
typein() {
  local i
  for ((i = 0; i < ${#1}; i++)); do tmux send-keys -t wrd -l "${1:i:1}"; sleep 0.1; done
  sleep 0.4
}

# shot NAME: print the screen.
shot() {
  sleep 0.6
  echo "=== $1 (${cols}x$rows)"
  tmux capture-pane -p -t wrd | sed 's/[[:space:]]*$//'
  echo
}

# Fixtures: a small blog (contents, edit, watch, resume), broken files
# (Problems), and an editor that adds a line under "## Pruning".
blog=$w/blog
rm -rf "$blog" "$w/bad" && mkdir -p "$blog" "$w/bad"
cat >"$blog/winter.md" <<'MD'
---
title: Winter Garden Notes
author: Ann Gardener
date: 2026-01-10
categories: [Garden]
tags: [winter, fruit]
---

A few jobs for the cold months.

## Contents

- [Pruning](#pruning)
- [Pots in the frost](#protecting-pots)
- [Sowing](#sowing)

## Pruning

Prune apples and pears on a dry day once the leaves are down.

Leave the stone fruit alone until summer; winter cuts let silver leaf in.

## Protecting pots

Raise pots on feet so they drain, and group them by a warm wall.

Wrap terracotta that is not frost-proof in hessian, not plastic.

## Sowing

Sweet peas can go in now, in deep pots on a cold windowsill.
MD
printf -- '---\ntitle: "never closed\ntags: [a\n' >"$w/bad/bad-yaml.md"
printf -- '+++\ntitle = \n+++\n' >"$w/bad/bad-toml.md"
printf -- '---\ntitle: x\n\nno closing fence\n' >"$w/bad/unterminated.md"
printf -- '---\ntitle: "Bad \xff\xfe"\n---\nbody \xc3\x28\n' >"$w/bad/badutf8.md"
printf -- '---\ntitle: Wrong\ntags: 5\ndate: yesterday\n---\nBody\n' >"$w/bad/wrong-types.md"
: >"$w/bad/empty.md"
printf '\x00\x01\x02binary\x00' >"$w/bad/binary.md"
cat >"$w/editor" <<'SH'
#!/bin/sh
sed -i 's/^## Pruning$/## Pruning\n\nEdited: the plum was pruned in July, as it should be./' "$1"
SH
chmod +x "$w/editor"

# The lists.
fresh
run 80 14 -- ""
shot Articles
keys tab
shot Tags
keys 3
shot Categories
keys 2 enter
shot "a tag's articles: 2, enter on Exosomes"

# The reader's top: the byline and tags show from 16 rows up.
fresh
run 80 18 -- ""
keys enter
shot "Reader: enter"

fresh
run 80 14 -- ""
keys enter t
shot "Contents: t"
keys escape f
shot "FAQ: f"
keys /
typein "stronger always"
keys enter
shot "FAQ filtered: /stronger always, enter"
keys enter
shot "FAQ answer: enter"

# Contents shows how the article's own contents list words a heading.
fresh
run 80 10 -- --no-bundled --dir "$blog"
keys enter t
shot "Contents of an article whose list words a heading otherwise: t"

fresh
run 80 20 -- ""
keys enter '?'
shot "Help in the reader: ?"

# Search the library, then the article.
fresh
run 80 10 -- ""
keys s
typein "marine sponges"
shot "Search: s, marine sponges"
fresh
run 80 10 -- ""
keys enter /
typein tissue
keys enter n n
shot "Find in the article: /tissue, enter, n, n"
keys escape l
shot "Links: l"
keys escape r
shot "Related: r"
keys escape G
shot "The end of the article: G"

# Bookmarks and sort; the sort is remembered by the next run.
fresh
run 80 10 -- ""
keys enter m escape 4
shot "Bookmarks: m in the reader, esc, 4"
fresh
run 80 11 -- ""
keys o
shot "Sorted: o"
keys q
run 80 11 -- ""
shot "The next run"

# Problems: a folder of broken files.
fresh
run 80 14 -- --dir "$w/bad"
shot "Articles with --dir $w/bad"
keys '!'
shot "Problems: !"

# Edit: at "Pruning", e runs the editor above, then folio reads the file again.
rm -rf "$w/blog2" && cp -r "$blog" "$w/blog2"
fresh
run 80 12 EDITOR="$w/editor" -- --no-bundled --dir "$w/blog2"
keys enter ']' ']'
keys e
shot "Edit: enter, ], ], e"

# Watch: reading "Protecting pots" while another program saves the file.
rm -rf "$w/blog3" && cp -r "$blog" "$w/blog3"
fresh
run 80 12 -- --no-bundled --dir "$w/blog3" --watch
keys enter ']' ']' ']'
sed -i 's/^## Protecting pots$/## Protecting pots\n\nSaved from another window: move the bay tree in before the first frost./' "$w/blog3/winter.md"
sleep 1
shot "Watch: enter, ], ], ], the file saved meanwhile"

# Resume: one run leaves the clinic article at its checklist, the next reopens it there.
fresh
run 80 10 -- ""
keys enter t /
typein checklist
keys enter enter q q q
run 80 10 -- ""
keys enter
shot "Second run: enter"
# The same for an article of a --dir folder, which loads in the background.
fresh
run 80 10 -- --no-bundled --dir "$blog"
keys enter ']' ']' ']' q q
run 80 10 -- --no-bundled --dir "$blog"
keys enter
shot "Second run with --dir: enter"

# The keys file: remapped keys in the help; a wrong action in Problems.
fresh
mkdir -p "$w/k/folio"
printf '[reader]\nnext_heading = ["]", "J"]\nwide = ["W"]\n\n[marks]\nedit = ["E"]\n' >"$w/k/folio/keys.toml"
run 80 20 -- ""
keys enter '?'
shot "keys.toml: the reader's help"
fresh
mkdir -p "$w/k/folio"
printf '[reader]\nnext_headline = ["J"]\n' >"$w/k/folio/keys.toml"
run 80 9 -- ""
keys '!'
shot "keys.toml with an unknown action: !"

# Reviews (docs/reviews.md): the acceptance fixtures of issue 21 when
# they are beside this checkout, else none.
rev=$(cd "$(dirname "$0")/../../shared/acceptance/fixtures/reviews" 2>/dev/null && pwd || true)
if [ -n "$rev" ]; then
  fresh
  run 80 24 -- --no-bundled --dir "$rev"
  keys 6
  shot "Products: 6"
  keys 1 j enter p
  shot "Review card: enter on the Aero V9 review, p"
  keys escape escape x k x c
  shot "Compare: x on two articles, c"
fi

fresh
