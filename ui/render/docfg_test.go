package render

import (
	"strings"
	"testing"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
)

// cell is one character as a terminal shows it.
type cell struct {
	r  rune
	st sgrState
}

// sgrState is what SGR sequences have set.
type sgrState struct {
	fg, bg                                                     string
	bold, faint, italic, underline, blink, inverse, strike, ol bool
}

// cells reads a rendered line the way a terminal does.
func cells(l string) []cell {
	var out []cell
	var st sgrState
	for i := 0; i < len(l); {
		if l[i] == 0x1b {
			if n := sgrAt(l, i); n > 0 {
				st.apply(l[i+2 : i+n-1])
				i += n
				continue
			}
			if n := oscAt(l, i); n > 0 {
				i += n
				continue
			}
		}
		r := []rune(l[i:min(i+4, len(l))])[0]
		out = append(out, cell{r, st})
		i += len(string(r))
	}
	return out
}

func (st *sgrState) apply(params string) {
	codes := strings.Split(params, ";")
	for k := 0; k < len(codes); k++ {
		switch c := codes[k]; c {
		case "", "0":
			*st = sgrState{}
		case "1":
			st.bold = true
		case "2":
			st.faint = true
		case "3":
			st.italic = true
		case "4":
			st.underline = true
		case "5":
			st.blink = true
		case "7":
			st.inverse = true
		case "9":
			st.strike = true
		case "53":
			st.ol = true
		case "22":
			st.bold, st.faint = false, false
		case "23":
			st.italic = false
		case "24":
			st.underline = false
		case "27":
			st.inverse = false
		case "29":
			st.strike = false
		case "39":
			st.fg = ""
		case "49":
			st.bg = ""
		case "38", "48", "58":
			n := 2
			if k+1 < len(codes) && codes[k+1] == "2" {
				n = 4
			}
			v := strings.Join(codes[k:min(k+1+n, len(codes))], ";")
			k += n
			switch c {
			case "38":
				st.fg = v
			case "48":
				st.bg = v
			}
		default:
			switch {
			case len(c) == 2 && (c[0] == '3' || c[0] == '9'):
				st.fg = c
			case len(c) == 2 && c[0] == '4', len(c) == 3 && c[0] == '1':
				st.bg = c
			}
		}
	}
}

// trimPadding drops the spaces after a line's last character that
// shows, when nothing shows on them in got; glamour's own padding may
// carry one cell of a wrapped link's underline.
func trimPadding(got, want []cell) ([]cell, []cell) {
	end := len(got)
	for end > 0 && got[end-1].r == ' ' && got[end-1].shows(cell{r: ' '}) {
		end--
	}
	if end == len(got) || len(want) < end {
		return got, want
	}
	return got[:end], want[:end]
}

// shows reports whether two cells look the same: a space only by what
// shows on it.
func (c cell) shows(d cell) bool {
	if c.r != d.r {
		return false
	}
	if c.r == ' ' {
		return c.st.bg == d.st.bg && c.st.inverse == d.st.inverse && c.st.underline == d.st.underline && c.st.strike == d.st.strike && c.st.ol == d.st.ol
	}
	return c.st == d.st
}

// Rendered with the document's colour put back by recolour, every
// article shows cell for cell what glamour drew with it, in every
// style and colour profile.
func TestRecolourShowsTheSame(t *testing.T) {
	t.Parallel()
	docs := map[string]*library.Article{}
	lib := library.Load(library.Options{}, library.Source{Name: "bundled", FS: articles.FS})
	for _, a := range lib.Articles {
		docs[a.Slug] = a
	}
	for _, c := range constructs {
		docs[c.name] = parse(t, c.md)
	}
	docs["inline"] = parse(t, "# H1\n\n## H2 *it* **bold**\n\n### H3\n\n#### H4\n\n##### H5\n\n###### H6\n\n"+
		"Plain *em* **strong** ~~gone~~ `code` [link](https://e.com) ![pic](https://e.com/p.png) <kbd>k</kbd> https://bare.example.com\n\n"+
		"> quote with **bold**\n> > nested\n\n- a\n  - b\n1. one\n2. two\n- [ ] task\n- [x] done\n\n---\n\n"+
		"| a | b |\n|:--|--:|\n| *x* | `y` |\n\nterm\n: definition\n\n```go\nfunc main() {}\n```\n\n    indented\n\n<div>html block</div>\n")
	for _, style := range []string{"dark", "light", "dracula", "tokyo-night", "pink"} {
		for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI} {
			for name, a := range docs {
				o := Options{Width: 64, Style: style, Color: true, Profile: p}
				got := renderAt(t, a, o)
				o.keepDocColour = true
				want := renderAt(t, a, o)
				if len(got.Lines) != len(want.Lines) {
					t.Errorf("%s %s %v: %d lines, glamour's %d", name, style, p, len(got.Lines), len(want.Lines))
					continue
				}
				for i := range got.Lines {
					g, w := cells(got.Lines[i]), cells(want.Lines[i])
					if len(g) == len(w) {
						g, w = trimPadding(g, w)
					}
					if len(g) != len(w) {
						t.Errorf("%s %s %v line %d: %d cells, glamour's %d", name, style, p, i, len(g), len(w))
						break
					}
					for k := range g {
						if !g[k].shows(w[k]) {
							t.Errorf("%s %s %v line %d cell %d %q: %+v, glamour's %+v\n%q\n%q", name, style, p, i, k, g[k].r, g[k].st, w[k].st, got.Lines[i], want.Lines[i])
							break
						}
					}
				}
			}
		}
	}
}

func TestSetsForeground(t *testing.T) {
	t.Parallel()
	for params, want := range map[string]bool{
		"38;5;252": true, "1;38;2;1;2;3": true, "31": true, "97": true, "39": true,
		"1": false, "3;4": false, "48;5;31": false, "48;2;38;38;38": false, "48;5;35;1": false, "4;58;5;38": false,
	} {
		if got := setsForeground(params); got != want {
			t.Errorf("setsForeground(%q) = %v, want %v", params, got, want)
		}
	}
}
