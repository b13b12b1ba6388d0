package library

import (
	"strings"
	"unicode/utf8"
)

// A hit's snippet: the text around where the query first is, on one line.

// snippetAround is how many runes a snippet shows on each side of the
// match; snippetReach how many bytes after the match a body must hold
// for the snippet to be the whole body's (four a rune, and one more to
// tell that the body goes on).
const (
	snippetAround = 40
	snippetReach  = 4*snippetAround + 1
)

// snippet is about 80 characters of text around body[at:at+n], on one
// line. It works in *buf: in the common case (ASCII text without inline
// markup) it allocates only the string it returns.
func snippet(buf *[]byte, body string, at, n int) string {
	const around = snippetAround
	start, end := at, min(len(body), at+n)
	for i := 0; i < around && start > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(body[:start])
		start -= size
	}
	for i := 0; i < around && end < len(body); i++ {
		_, size := utf8.DecodeRuneInString(body[end:])
		end += size
	}
	before, after := start > 0, end < len(body)
	window := body[start:end]
	plain := !needsSnippetText(window)
	if plain && isASCII(window) && !strings.ContainsAny(window, "[*_`\\&") {
		// inlineText would only join the words with single spaces.
		b := (*buf)[:0]
		if before {
			b = append(b, "…"...)
		}
		mark := len(b)
		for w := range strings.FieldsSeq(window) {
			if len(b) > mark {
				b = append(b, ' ')
			} else if w = strings.TrimLeft(w, "#>-*"); w == "" {
				continue // the trimmed start of the snippet
			}
			b = append(b, w...)
		}
		if after {
			b = append(b, "…"...)
		}
		*buf = b
		return string(b)
	}
	if !plain {
		window = snippetText(window)
	}
	s := inlineText(strings.ReplaceAll(window, "\n", " "))
	s = strings.TrimLeft(s, "#>-* ")
	switch {
	case before && after:
		return "…" + s + "…" // one allocation, not two
	case before:
		return "…" + s
	case after:
		return s + "…"
	}
	return s
}
