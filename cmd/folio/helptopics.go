package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// helpTopics are what 'folio help' explains besides the commands.
var helpTopics = map[string]func(io.Writer){"styles": printStylesHelp}

// topicNames are the keys of helpTopics, sorted.
func topicNames() []string { return slices.Sorted(maps.Keys(helpTopics)) }

// printStylesHelp lists the styles --style and the config's style take.
func printStylesHelp(w io.Writer) {
	fmt.Fprintf(w, `Styles colour the reader and show. Give one with --style S or style = "S"
in the config file:

  %s

auto (the default) is dark or light by the terminal's background: folio asks
the terminal once, only for auto, only when stdout is a terminal. Any other
value is the path of a glamour JSON style file (as glow takes), such as one
of glamour's own styles saved and edited: colours are "#rgb", "#rrggbb" or
0-255, and a file with bad JSON or a bad colour is an error naming it.

Colour: --color auto|always|never (auto: on a terminal only; NO_COLOR turns
it off, CLICOLOR_FORCE=1 on). 'folio show SLUG --color always | less -R'
keeps the colours; 'folio show SLUG --pager' does that for you.
`, strings.Join(styleNames(), ", "))
}
