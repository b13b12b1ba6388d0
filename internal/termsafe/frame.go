package termsafe

import (
	"strings"
	"unicode/utf8"
)

// Frame is the last check on what folio writes to the terminal: a
// screen of the reader, or `show`'s coloured output. It keeps the only
// sequences folio makes there, SGR (colour and attributes: ESC [ … m)
// and OSC 8 hyperlinks (ESC ] 8 ; … BEL or ST), and newlines and tabs;
// every other control character, ESC starting any other sequence
// included, becomes its picture as in Text. Strings put into a frame
// are made safe where they are drawn; Frame guarantees that one that
// was missed still cannot command the terminal.
func Frame(s string) string {
	first := firstForeign(s)
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:first])
	for i := first; i < len(s); {
		if s[i] == 0x1b {
			if n := ownSequence(s[i:]); n > 0 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = Replacement
		} else {
			r, _ = picture(r, text)
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// firstForeign is the byte offset of the first control character or
// sequence that is not folio's own, or -1.
func firstForeign(s string) int { return firstBad(s, text, true) }

// ownSequence is the length of the sequence of folio's own s starts with
// (seqLen), or 0 when it starts with anything else or is cut short.
func ownSequence(s string) int { return max(seqLen(s), 0) }
