package library

import (
	"strings"
	"unicode"

	"github.com/folio-reader/folio/internal/lazyre"
)

// Search snippets are text, not markdown: a window of the body cut
// around a match may hold a code fence's opening line, a table's pipes,
// HTML tags, a GitHub alert's [!NOTE], a ::: container's marker, a
// footnote reference or a heading's #s, none of which a reader of the
// snippet should see. snippetText takes them out before inlineText
// takes out links and emphasis.

var (
	snippetTag      = lazyre.New(`</?[A-Za-z][A-Za-z0-9_.:-]*(?:\s[^<>]*)?/?>`)
	snippetNoteRef  = lazyre.New(`\[\^[^\]\s]+\]:?`)
	snippetAlert    = lazyre.New(`\[![A-Za-z]+\]`)
	snippetPicture  = lazyre.New(`!\[([^\]]*)\]\([^)]*\)`)
	snippetTableSep = lazyre.New(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
)

// needsSnippetText reports whether window has anything snippetText takes out.
func needsSnippetText(window string) bool {
	return strings.Contains(window, "```") || strings.Contains(window, "~~~") || strings.Contains(window, ":::") ||
		strings.ContainsAny(window, "<|") || strings.Contains(window, "[!") || strings.Contains(window, "[^") ||
		strings.Contains(window, "![") || lineOpensWithMark(window) ||
		strings.Contains(window, "--") // a line of dashes: a table's separator, or a setext underline
}

// lineOpensWithMark reports whether a line of window after its first
// opens, past any white space (as strings.TrimSpace sees it), with a
// heading's or a quote's mark, which snippetText drops ("0\n #" and
// "0\n\v#": the fast way kept the "#").
func lineOpensWithMark(window string) bool {
	for rest := window; ; {
		i := strings.IndexByte(rest, '\n')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		if t := strings.TrimLeftFunc(rest, unicode.IsSpace); t != "" && (t[0] == '#' || t[0] == '>') {
			// TrimLeftFunc may have crossed a newline: the mark then opens
			// a later line, which the loop would find as well.
			return true
		}
	}
}

// snippetText is window, a run of body lines, as text on one line.
func snippetText(window string) string {
	lines := strings.Split(window, "\n")
	out := lines[:0]
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			continue // a fence and its language
		case strings.HasPrefix(t, ":::"):
			t = strings.TrimSpace(strings.TrimLeft(t, ":"))
			if i := strings.IndexAny(t, " ["); i >= 0 { // the kind; keep a title
				t = strings.Trim(t[i:], " []")
			} else {
				continue
			}
		case snippetTableSep.MatchString(t) && strings.Contains(t, "-"):
			continue
		}
		t = strings.TrimLeft(t, "#> ")
		if strings.Contains(t, "<") {
			t = snippetTag.ReplaceAllString(t, " ")
		}
		if strings.Contains(t, "[") {
			t = snippetPicture.ReplaceAllString(t, "$1")
			t = snippetAlert.ReplaceAllString(t, "")
			t = snippetNoteRef.ReplaceAllString(t, "")
		}
		t = strings.ReplaceAll(t, "|", " ")
		out = append(out, t)
	}
	return strings.Join(out, " ")
}
