package render

import (
	"strings"
	"unicode/utf8"

	"github.com/folio-reader/folio/internal/termsafe"
)

// prepare is the markdown of a chunk as glamour gets it, the one place
// an article's text reaches glamour: made safe for the terminal (the
// article's own control characters and escape sequences show as ␛ and
// friends, so the only sequences in a rendering are glamour's colours
// and folio's hyperlinks), tabs expanded, nesting capped and long words
// tamed.
func prepare(md string) string {
	return tameLongWords(capNesting(expandTabs(termsafe.Markdown(md))))
}

// tabStop is where CommonMark puts tab stops, every 4 columns.
const tabStop = 4

// expandTabs replaces each tab with the spaces to the next tab stop, so
// a rendered line is as wide as it is measured: a terminal moves to its
// own tab stops, which no width check sees, and a code line of tabs
// overran the width. Columns count runes, as CommonMark's do.
func expandTabs(md string) string {
	if strings.IndexByte(md, '\t') < 0 {
		return md
	}
	var b strings.Builder
	b.Grow(len(md) + 3*strings.Count(md, "\t"))
	col := 0
	for i := 0; i < len(md); {
		switch c := md[i]; c {
		case '\t':
			n := tabStop - col%tabStop
			b.WriteString("    "[:n])
			col += n
			i++
		case '\n':
			b.WriteByte(c)
			col = 0
			i++
		default:
			_, n := utf8.DecodeRuneInString(md[i:])
			b.WriteString(md[i : i+n])
			col++
			i += n
		}
	}
	return b.String()
}
