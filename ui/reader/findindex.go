package reader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/ui/lists"
)

// Searching rendered text. The lines a reader shows carry escape codes
// and are wrapped, so a phrase may sit across a line break with the
// margin between its words. findIndex folds the lines into one
// lower-cased string where every run of spaces and every line break is a
// single space (a blank line is a newline, which no query holds) and
// remembers where each byte came from, so a match maps back to spans of
// the rendered lines.

// span is part of a match on one line: byte offsets in the line's
// printable text (its escape codes left out).
type span struct{ line, from, to int }

// findMatch is one occurrence of the query; it spans more than one line
// when the phrase wraps.
type findMatch struct{ spans []span }

func (m findMatch) line() int { return m.spans[0].line }

// maxMatches bounds the work a very common query can cause.
const maxMatches = 10000

type findIndex struct {
	flat      string   // folded text
	off       []int32  // off[i]: offset in plains[line] of the rune flat[i] came from
	lineStart []int    // lineStart[l]: where line l's text starts in flat
	plains    []string // each line's printable text
}

// newFindIndex indexes rendered lines.
func newFindIndex(lines []string) *findIndex {
	x := &findIndex{lineStart: make([]int, len(lines)), plains: make([]string, len(lines))}
	var b strings.Builder
	blank, prevLen := false, 0
	for i, l := range lines {
		p := printable(l)
		x.plains[i] = p
		if strings.TrimSpace(p) == "" {
			blank = true
			x.lineStart[i] = b.Len()
			continue
		}
		if b.Len() > 0 {
			sep := byte(' ')
			if blank {
				sep = '\n'
			}
			b.WriteByte(sep)
			x.off = append(x.off, int32(prevLen))
		}
		blank, prevLen = false, len(p)
		x.lineStart[i] = b.Len()
		space := false
		for j, r := range p {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space && b.Len() > x.lineStart[i] {
				b.WriteByte(' ')
				x.off = append(x.off, int32(j))
			}
			space = false
			n := b.Len()
			b.WriteRune(unicode.ToLower(r))
			for ; n < b.Len(); n++ {
				x.off = append(x.off, int32(j))
			}
		}
	}
	x.flat = b.String()
	return x
}

// lineOf is the line a byte of flat text (not a separator) came from.
func (x *findIndex) lineOf(i int) int {
	l, _ := slices.BinarySearch(x.lineStart, i+1) // the first line starting after i
	return l - 1
}

// find lists the occurrences of the query in order.
func (x *findIndex) find(query string) []findMatch {
	q := lists.FoldQuery(query)
	if q == "" {
		return nil
	}
	var out []findMatch
	for at := 0; len(out) < maxMatches; {
		i := strings.Index(x.flat[at:], q)
		if i < 0 {
			break
		}
		s, e := at+i, at+i+len(q)
		out = append(out, x.match(s, e))
		at = e
	}
	return out
}

// match maps flat[s:e] back to the lines.
func (x *findIndex) match(s, e int) findMatch {
	ls, le := x.lineOf(s), x.lineOf(e-1)
	from := int(x.off[s])
	last := int(x.off[e-1])
	_, size := utf8.DecodeRuneInString(x.plains[le][last:])
	to := last + size
	var m findMatch
	for l := ls; l <= le; l++ {
		p := x.plains[l]
		a, b := len(p)-len(strings.TrimLeftFunc(p, unicode.IsSpace)), len(strings.TrimRightFunc(p, unicode.IsSpace))
		if a >= b {
			continue
		}
		if l == ls {
			a = from
		}
		if l == le {
			b = to
		}
		m.spans = append(m.spans, span{line: l, from: a, to: b})
	}
	return m
}

// walkANSI calls fn with each escape sequence and each printable
// grapheme of s, in order.
func walkANSI(s string, fn func(seq string, text bool)) {
	state := byte(0)
	for len(s) > 0 {
		seq, width, n, next := ansi.DecodeSequence(s, state, nil)
		if n <= 0 {
			n, seq = 1, s[:1]
		}
		c := seq[0]
		text := width > 0 || seq == "\t" || c >= 0x20 && c != 0x7f && (c < 0x80 || c >= 0xa0)
		fn(seq, text)
		state, s = next, s[n:]
	}
}

// printable is s without its escape sequences.
func printable(s string) string {
	if strings.IndexByte(s, '\x1b') < 0 {
		return s
	}
	var b strings.Builder
	walkANSI(s, func(seq string, text bool) {
		if text {
			b.WriteString(seq)
		}
	})
	return b.String()
}

// Highlights are reverse video, which every terminal shows, with or
// without colour; the current match is also underlined.
const (
	markOn     = "\x1b[7m"
	markOff    = "\x1b[27m"
	markCurOn  = "\x1b[4;7m"
	markCurOff = "\x1b[24;27m"
)

// mark is a span to highlight on a line.
type mark struct {
	from, to int
	current  bool
}

// highlight wraps the marked printable ranges of a rendered line (sorted,
// not overlapping) in reverse video. Inside a range the highlight is set
// again after every escape sequence, since the line's own codes may
// reset it.
func highlight(line string, marks []mark) string {
	if len(marks) == 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line) + len(marks)*16)
	pos, k, on := 0, 0, ""
	walkANSI(line, func(seq string, text bool) {
		if !text {
			b.WriteString(seq + on)
			return
		}
		for on == "" && k < len(marks) && pos >= marks[k].to {
			k++
		}
		if on == "" && k < len(marks) && pos >= marks[k].from {
			on = markOn
			if marks[k].current {
				on = markCurOn
			}
			b.WriteString(on)
		}
		b.WriteString(seq)
		pos += len(seq)
		if on != "" && pos >= marks[k].to {
			b.WriteString(closing(marks[k].current))
			on = ""
			k++
		}
	})
	if on != "" {
		b.WriteString(closing(marks[k].current))
	}
	return b.String()
}

func closing(current bool) string {
	if current {
		return markCurOff
	}
	return markOff
}
