package render

import (
	"strings"

	"github.com/folio-reader/folio/library"
)

// glamour renders each nested list and quote into a buffer of its own
// and re-wraps it at every level above, so deep nesting costs far more
// than its bytes: a 410-byte line of "> - " pairs took 28 s and 694 MB,
// "- - - …" ×800 24 s. Before rendering, capNesting limits the nesting
// a line opens to maxNest levels, as tameLongWords limits words: a list
// or quote marker past the limit is escaped with a backslash, so it and
// the rest of its line show as text; indentation past the limit is cut
// to it. At 16 levels the crafted shapes render in tens of milliseconds,
// and the deepest real lists and quotes (five or six levels) are left
// exactly as they are.
const maxNest = 16

// capNesting returns md with the nesting of every line outside fenced
// code capped at maxNest levels.
func capNesting(md string) string {
	if !mayNestDeep(md) {
		return md
	}
	lines := strings.Split(md, "\n")
	code := library.CodeLines(md)
	changed := false
	for i, l := range lines {
		if i < len(code) && code[i] || prefixLen(l) <= maxNest {
			continue
		}
		if c := capLine(l); c != l {
			lines[i], changed = c, true
		}
	}
	if !changed {
		return md
	}
	return strings.Join(lines, "\n")
}

// mayNestDeep reports whether some line of md starts with more than
// maxNest bytes of list and quote markers and indentation: only such a
// line can open more than maxNest levels.
func mayNestDeep(md string) bool {
	for len(md) > 0 {
		l, rest, _ := strings.Cut(md, "\n")
		if prefixLen(l) > maxNest {
			return true
		}
		md = rest
	}
	return false
}

// prefixLen is the length of l's leading run of bytes that can make up
// list and quote markers and indentation.
func prefixLen(l string) int {
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == ' ', c == '\t', c == '>', c == '-', c == '*', c == '+', c == '.', c == ')', c >= '0' && c <= '9':
		default:
			return i
		}
	}
	return len(l)
}

// capLine caps the levels line l opens: each quote or list marker is a
// level and so is each two columns of indentation beyond the space that
// follows a marker.
func capLine(l string) string {
	if thematicBreak(l) {
		return l
	}
	var b strings.Builder
	level, after := 0, false // after: the last token was a marker
	for i := 0; i < len(l); {
		switch c := l[i]; {
		case c == ' ' || c == '\t':
			j, cols := i, 0
			for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
				cols += 1 + 3*btoi(l[j] == '\t')
				j++
			}
			extra := cols - btoi(after)
			if level+extra/2 >= maxNest {
				// one level short of the cap, so a marker may follow
				keep := 2*max(maxNest-1-level, 0) + btoi(after)
				b.WriteString(strings.Repeat(" ", keep))
				level = max(level, maxNest-1)
			} else {
				b.WriteString(l[i:j])
				level += extra / 2
			}
			i, after = j, false
		case c == '>':
			if level >= maxNest {
				return escapeAt(&b, l, i)
			}
			b.WriteByte(c)
			level, after, i = level+1, true, i+1
		case c == '-' || c == '*' || c == '+':
			if !endsMarker(l, i+1) {
				return finish(&b, l, i)
			}
			if level >= maxNest {
				return escapeAt(&b, l, i)
			}
			b.WriteByte(c)
			level, after, i = level+1, true, i+1
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 10 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j-i > 9 || j == len(l) || (l[j] != '.' && l[j] != ')') || !endsMarker(l, j+1) {
				return finish(&b, l, i)
			}
			if level >= maxNest {
				b.WriteString(l[i:j])
				return escapeAt(&b, l, j)
			}
			b.WriteString(l[i : j+1])
			level, after, i = level+1, true, j+1
		default:
			return finish(&b, l, i)
		}
	}
	return b.String()
}

// finish is what was built of l so far followed by l from i on.
func finish(b *strings.Builder, l string, i int) string {
	b.WriteString(l[i:])
	return b.String()
}

// escapeAt ends the line with a backslash before l[i], the first marker
// past the limit, so it and what follows are text.
func escapeAt(b *strings.Builder, l string, i int) string {
	b.WriteByte('\\')
	b.WriteString(l[i:])
	return b.String()
}

// endsMarker reports whether a list marker ending before l[i] is one:
// followed by a space, a tab or the end of the line.
func endsMarker(l string, i int) bool {
	return i >= len(l) || l[i] == ' ' || l[i] == '\t'
}

// thematicBreak reports whether l is a thematic break ("- - -", "***"),
// which nests nothing.
func thematicBreak(l string) bool {
	t := strings.TrimLeft(l, " \t")
	if t == "" || !strings.ContainsRune("-*_", rune(t[0])) {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case t[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
