package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/muesli/termenv"
)

// A glamour style gives its document a colour (dark's "252") that every
// element inherits, and glamour pads each line to the width a cell at a
// time through a stack of writers, each cell of padding styled on its
// own in that colour: two fmt.Sprintf calls a space, most of the time
// of a render in colour. So the document's colour is taken out of the
// style glamour gets (docForeground) and put back on what shows
// (recolour): every run of text glamour wrote without a style, and
// every style it began with no colour of its own, gets the document's
// colour; spaces outside any style stay as they are, which shows the
// same. A quote's bar, drawn in its parent's colour, is given its
// colour in the style's indent token; a table's borders are drawn
// without a style, so box lines outside a style stay as they are. What
// a terminal shows is the same cell for cell (TestRecolourShowsTheSame).

// docForeground takes the document's foreground colour out of a style,
// when it has one and no background (a background would show on the
// padding), and returns the SGR parameters that set it in the profile,
// or "" when the style is left as it is.
func docForeground(style *ansi.StyleConfig, p termenv.Profile) string {
	doc := style.Document.StylePrimitive
	if p == termenv.Ascii || doc.Color == nil || doc.BackgroundColor != nil {
		return ""
	}
	c := p.Color(*doc.Color)
	if c == nil {
		return ""
	}
	params := c.Sequence(false)
	if params == "" {
		return ""
	}
	style.Document.StylePrimitive.Color = nil
	if t := style.BlockQuote.IndentToken; t != nil {
		coloured := "\x1b[" + params + "m" + *t + sgrReset
		style.BlockQuote.IndentToken = &coloured
	}
	return params
}

// recolour gives a line of glamour's output, rendered without the
// document's colour, that colour (its SGR parameters fg) wherever the
// document's colour would have been: on text outside any style (box
// lines aside), and in every style that sets no foreground.
func recolour(l, fg string) string {
	var b strings.Builder
	styled := false // inside a style that was not reset
	last := 0       // what of l is written to b
	for i := 0; i < len(l); {
		if l[i] == 0x1b {
			n := sgrAt(l, i)
			if n == 0 {
				if m := oscAt(l, i); m > 0 {
					i += m
					continue
				}
				i++
				continue
			}
			params := l[i+2 : i+n-1]
			if params == "" || params == "0" {
				styled = false
			} else {
				// a style glamour begins (after a reset: one that adds
				// to another, as the highlighter's do, keeps its colour)
				begins := !styled
				styled = true
				if begins && !setsForeground(params) {
					b.WriteString(l[last:i])
					b.WriteString("\x1b[" + fg + ";" + params + "m")
					last = i + n
				}
			}
			i += n
			continue
		}
		j := i + strings.IndexByte(l[i:], 0x1b)
		if j < i {
			j = len(l)
		}
		if styled && l[j-1] == ' ' && onlyResets(l[j:]) {
			// the padding after text wrapped inside a style (a link's
			// address cut at a hyphen): glamour styled each space on its
			// own, which ended the style
			pad := len(strings.TrimRight(l[i:j], " ")) + i
			b.WriteString(l[last:pad])
			b.WriteString(sgrReset)
			last = pad
		}
		if !styled {
			for _, span := range textSpans(l, i, j) {
				b.WriteString(l[last:span[0]])
				b.WriteString("\x1b[" + fg + "m")
				b.WriteString(l[span[0]:span[1]])
				b.WriteString(sgrReset)
				last = span[1]
			}
		}
		i = j
	}
	if last == 0 {
		return l
	}
	b.WriteString(l[last:])
	return b.String()
}

// textSpans are the spans of l[i:j] to colour: from a character that
// shows to the last one before a space run's end, a box-drawing
// character or j; spaces and box lines (U+2500–U+257F) between them
// are left out.
func textSpans(l string, i, j int) [][2]int {
	var out [][2]int
	start := -1
	end := -1
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(l[k:j])
		switch {
		case r >= 0x2500 && r <= 0x257F:
			if start >= 0 {
				out = append(out, [2]int{start, end})
				start = -1
			}
		case r != ' ':
			if start < 0 {
				start = k
			}
			end = k + n
		}
		k += n
	}
	if start >= 0 {
		out = append(out, [2]int{start, end})
	}
	return out
}

// onlyResets reports whether s is nothing but SGR resets.
func onlyResets(s string) bool {
	for s != "" {
		if !strings.HasPrefix(s, sgrReset) {
			return false
		}
		s = s[len(sgrReset):]
	}
	return true
}

// setsForeground reports whether SGR parameters set the foreground:
// 30–39, 90–97, or 38 with its colour (whose own numbers, like those
// after 48, are not codes).
func setsForeground(params string) bool {
	for params != "" {
		code, rest, _ := strings.Cut(params, ";")
		params = rest
		switch {
		case code == "38":
			return true
		case code == "48" || code == "58":
			// its colour's numbers follow: 5;n or 2;r;g;b
			kind, rest, _ := strings.Cut(params, ";")
			params = rest
			skip := 1
			if kind == "2" {
				skip = 3
			}
			for range skip {
				_, params, _ = strings.Cut(params, ";")
			}
		case len(code) == 2 && (code[0] == '3' && code[1] >= '0' && code[1] <= '9' || code[0] == '9' && code[1] >= '0' && code[1] <= '7'):
			return true
		}
	}
	return false
}
