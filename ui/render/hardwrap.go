package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// glamour wraps text only at spaces, so a paragraph of Chinese or
// Japanese, which has none, comes out as one line far wider than the
// width, and chunk cuts it. hardwrapIndented cuts such a line so each
// continuation keeps what stood before the text on the first: the
// margin, the quote bars and the list indent (the bullet or number
// itself becomes spaces), as a line glamour wrapped would.
func hardwrapIndented(l string, width int) []string {
	pw := prefixWidth(ansi.Strip(l))
	if pw == 0 || pw > width/2 {
		return cut(ansi.Hardwrap(l, width, true), width)
	}
	head := ansi.Truncate(l, pw, "")
	cont := blankMarkers(head)
	body := strings.Split(ansi.Hardwrap(ansi.TruncateLeft(l, pw, ""), width-pw, true), "\n")
	out := make([]string, len(body))
	for i, b := range body {
		p := cont
		if i == 0 {
			p = head
		}
		out[i] = ansi.Truncate(p+b, width, "")
	}
	return out
}

// cut splits wrapped at its newlines and cuts each line to width.
func cut(wrapped string, width int) []string {
	lines := strings.Split(wrapped, "\n")
	for i, w := range lines {
		lines[i] = ansi.Truncate(w, width, "")
	}
	return lines
}

// prefixWidth is the width in cells of what starts a rendered line
// before its text: spaces, quote bars ("│ ", "| ") and a list marker
// ("• ", "12. ").
func prefixWidth(plain string) int {
	w := 0
	for i := 0; i < len(plain); {
		r, n := utf8.DecodeRuneInString(plain[i:])
		switch {
		case r == ' ':
		case r == '│' || r == '|' || r == '•':
			if !strings.HasPrefix(plain[i+n:], " ") {
				return w
			}
		case r >= '0' && r <= '9':
			j := i
			for j < len(plain) && plain[j] >= '0' && plain[j] <= '9' {
				j++
			}
			if !strings.HasPrefix(plain[j:], ". ") && !strings.HasPrefix(plain[j:], ") ") {
				return w
			}
			w += j + 1 - i
			i = j + 1
			continue
		default:
			return w
		}
		w++
		i += n
	}
	return w
}

// blankMarkers is a styled prefix with its list marker (a bullet, the
// digits and dot of a number) turned into spaces; escape sequences and
// quote bars stay.
func blankMarkers(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			j = min(j+1, len(s))
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '•' || r >= '0' && r <= '9' || r == '.' || r == ')' {
			r = ' '
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}
