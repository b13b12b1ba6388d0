package render

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
)

func parse(t testing.TB, md string) *library.Article {
	t.Helper()
	a, _, err := library.Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// An article's own sequences never reach a rendering: with colour off
// there is no ESC at all; with colour on, only glamour's SGR and
// folio's OSC 8 hyperlinks.
func TestRenderNeutralisesSequences(t *testing.T) {
	t.Parallel()
	md := "# Title \x1b]0;pwned\a\n\nBody \x1b[31mred\x1b[0m, \x1b]52;c;aGk=\a, \x1b[2J, \u009b2J, \x1bP1$r\x1b\\ and \u202Egnp.\n\n" +
		"> quote \x1b[5mblink\n\n- item \a\n\n```\ncode \x1b[2J\n```\n\n[link](https://example.com/a) and <https://example.com/\x1b[2J>\n"
	a := parse(t, md)
	for _, o := range []Options{
		{Width: 60, Style: "dark"},
		{Width: 60, Style: "notty"},
		{Width: 60, Style: "dark", Color: true, Profile: termenv.TrueColor, Hyperlinks: true},
		{Width: 60, Style: "light", Color: true, Profile: termenv.ANSI256},
	} {
		d := renderAt(t, a, o)
		out := d.String()
		if !o.Color && strings.ContainsAny(out, "\x1b\a\u009b") {
			t.Errorf("%+v: an ESC, BEL or C1 in plain output:\n%q", o, out)
		}
		if termsafe.Frame(out) != out {
			t.Errorf("%+v: a foreign sequence:\n%q", o, out)
		}
		for _, seq := range []string{"\x1b]0;", "\x1b]52;", "\x1b[2J", "\x1b[5m", "\x1bP", "\u202E"} {
			if strings.Contains(out, seq) {
				t.Errorf("%+v: the article's %q passes", o, seq)
			}
		}
		plain := ansi.Strip(out)
		for _, want := range []string{"␛]0;pwned␇", "␛[31mred", "code ␛[2J", "item ␇"} {
			if !strings.Contains(plain, want) {
				t.Errorf("%+v: %q is not shown:\n%s", o, want, plain)
			}
		}
		if o.Hyperlinks && !strings.Contains(out, ansi.SetHyperlink("https://example.com/a")) {
			t.Errorf("%+v: folio's own hyperlink is missing", o)
		}
	}
}

func TestCapLine(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("> - ", 20) + "x"
	tests := []struct{ name, in, want string }{
		{"plain", "some text", "some text"},
		{"shallow", "> - > - item", "> - > - item"},
		{"at the cap", strings.Repeat("- ", maxNest) + "x", strings.Repeat("- ", maxNest) + "x"},
		{"list past the cap", strings.Repeat("- ", maxNest+5) + "x", strings.Repeat("- ", maxNest) + "\\- - - - - x"},
		{"mixed", deep, strings.Repeat("> - ", maxNest/2) + "\\" + strings.Repeat("> - ", 20-maxNest/2) + "x"},
		{"quotes", strings.Repeat(">", 40) + " q", strings.Repeat(">", maxNest) + "\\" + strings.Repeat(">", 40-maxNest) + " q"},
		{"ordered", strings.Repeat("1. ", maxNest+1) + "x", strings.Repeat("1. ", maxNest) + "1\\. x"},
		{"indent", strings.Repeat(" ", 100) + "- x", strings.Repeat(" ", 2*(maxNest-1)) + "- x"},
		{"indent at the cap", strings.Repeat(" ", 2*(maxNest-1)) + "- x", strings.Repeat(" ", 2*(maxNest-1)) + "- x"},
		{"thematic break", strings.Repeat("- ", 800), strings.Repeat("- ", 800)},
		{"dashes in text", strings.Repeat("-", 40) + " x", strings.Repeat("-", 40) + " x"},
	}
	for _, tt := range tests {
		if got := capLine(tt.in); got != tt.want {
			t.Errorf("%s: capLine(%q) =\n%q, want\n%q", tt.name, tt.in, got, tt.want)
		}
	}
	fenced := "```\n" + deep + "\n```\n" + deep + "\n"
	got := capNesting(fenced)
	if !strings.Contains(got, "```\n"+deep+"\n```") || strings.Count(got, "\\>") != 1 {
		t.Errorf("capNesting changed code or missed the line:\n%s", got)
	}
}

// nestShapes are the crafted shapes of issue 16: 410 bytes of quote
// and list markers that took glamour 28 s and 694 MB, 150 pairs (81 s,
// 2 GB), a list marker ×800 (24 s), and 800 levels of indentation.
func nestShapes() map[string]string {
	var indent strings.Builder
	for i := range 800 {
		indent.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	return map[string]string{
		"quote-list-100": "# Nested\n\n" + strings.Repeat("> - ", 100) + " x\n",
		"quote-list-150": strings.Repeat("> - ", 150) + " x\n",
		"list-800":       strings.Repeat("- ", 800) + "x\n",
		"ordered-500":    strings.Repeat("1. ", 500) + "x\n",
		"quote-2000":     strings.Repeat(">", 2000) + " x\n",
		"indent-800":     indent.String(),
	}
}

// The crafted shapes render quickly, and what they hold still shows.
func TestNestingCapped(t *testing.T) {
	t.Parallel()
	for name, md := range nestShapes() {
		a := parse(t, md)
		start := time.Now()
		d := renderAt(t, a, Options{Width: 70, Style: "dark"})
		t.Logf("%s: rendered in %v (BenchmarkHostileNesting measures it)", name, time.Since(start))
		out := d.String()
		if !strings.Contains(out, " x") && !strings.Contains(out, "level") {
			t.Errorf("%s: the text is lost:\n%s", name, out)
		}
		for _, l := range d.Lines {
			if indent := len(l) - len(strings.TrimLeft(l, " ")); indent > 4*maxNest {
				t.Errorf("%s: a line indented %d cells", name, indent)
				break
			}
			if bars := strings.Count(l, "│"); bars > maxNest {
				t.Errorf("%s: %d quote bars on a line", name, bars)
				break
			}
		}
	}
}

// Tabs are expanded, so no line is wider than the width.
func TestTabsExpanded(t *testing.T) {
	t.Parallel()
	if got, want := expandTabs("a\tb\n\t\tc\nxyz\td"), "a   b\n        c\nxyz d"; got != want {
		t.Errorf("expandTabs = %q, want %q", got, want)
	}
	md := "# Tabs\n\n```\n" + strings.Repeat("\t", 12) + "deep\n\tx\ty\n```\n\nText\twith\ttabs.\n"
	for _, w := range []int{20, 40, 80} {
		d := renderAt(t, parse(t, md), Options{Width: w, Style: "dark"})
		for _, l := range d.Lines {
			if strings.ContainsRune(l, '\t') || ansi.StringWidth(l) > w {
				t.Errorf("width %d: line %q has a tab or is wider", w, l)
			}
		}
	}
}

// An absurd width is rendered at MaxWidth, at once.
func TestWidthCapped(t *testing.T) {
	t.Parallel()
	r, err := New(Options{Width: 1_000_000_000, Style: "dark"})
	if err != nil {
		t.Fatal(err)
	}
	if r.opts.Width != MaxWidth {
		t.Fatalf("width %d, want %d", r.opts.Width, MaxWidth)
	}
	d, err := r.Render(bundled(t, "exosomes-vs-prp"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Lines {
		if ansi.StringWidth(l) > MaxWidth {
			t.Fatalf("a line of %d cells", ansi.StringWidth(l))
		}
	}
}

// Chinese and Japanese text, which has no spaces to wrap at, keeps the
// margin, the quote bar and the list indent on every line.
func TestCJKContinuationLines(t *testing.T) {
	t.Parallel()
	cjk := strings.Repeat("日本語の文章です。", 8)
	md := "# T\n\n" + cjk + "\n\n> " + cjk + "\n\n- " + cjk + "\n"
	for _, color := range []bool{false, true} {
		d := renderAt(t, parse(t, md), Options{Width: 40, Style: "dark", Color: color, Profile: termenv.ANSI256})
		var para, quote, item int
		for _, raw := range d.Lines {
			l := ansi.Strip(raw)
			if ansi.StringWidth(raw) > 40 {
				t.Errorf("line wider than 40: %q", l)
			}
			if !strings.Contains(l, "日") && !strings.Contains(l, "文") {
				continue
			}
			switch {
			case strings.HasPrefix(l, "  │ "):
				quote++
			case strings.HasPrefix(l, "  • "), strings.HasPrefix(l, "    "):
				item++
			case strings.HasPrefix(l, "  "):
				para++
			default:
				t.Errorf("colour %v: a line lost its margin: %q", color, l)
			}
		}
		if para < 3 || quote < 3 || item < 3 {
			t.Errorf("colour %v: %d paragraph, %d quote, %d item lines; want each wrapped over 3+:\n%s", color, para, quote, item, ansi.Strip(d.String()))
		}
	}
}

// Whatever the article holds, a rendering in colour carries only SGR
// and OSC 8, and one without colour no ESC, BEL or C1 at all.
func FuzzRenderSafe(f *testing.F) {
	f.Add("# T \x1b]0;x\a\n\nA \x1b[2J b\n\n> - > - \u009b\n")
	f.Add("[l](https://e.com/\x1b]8;;x\a) \x1b]8;;https://e.com\a t \x1b]8;;\a\n")
	f.Add("```\n\x1b[31m\tcode\n```\n| a | b |\n|---|---|\n| \x07 | \x7f |\n")
	plain, err := New(Options{Width: 50, Style: "dark"})
	if err != nil {
		f.Fatal(err)
	}
	color, err := New(Options{Width: 50, Style: "dark", Color: true, Hyperlinks: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, md string) {
		a, _, err := library.Parse("f.md", []byte(md))
		if err != nil || a == nil {
			return
		}
		if d, err := plain.Render(a); err == nil && strings.ContainsAny(d.String(), "\x1b\a\u009b\u0090\u009d") {
			t.Fatalf("plain rendering holds a control:\n%q", d.String())
		}
		if d, err := color.Render(a); err == nil && (termsafe.Frame(d.String()) != d.String()) {
			t.Fatalf("colour rendering holds a foreign sequence:\n%q", d.String())
		}
	})
}

// A bold FAQ question holding a sequence is still found on its line.
func TestHostileBoldQuestionFound(t *testing.T) {
	t.Parallel()
	md := "# Doc\n\n## FAQ\n\n" + strings.Repeat("Filler paragraph.\n\n", 5) + "**Is \x1b]0;x\a this found?**\n\nYes.\n"
	a := parse(t, md)
	if len(a.FAQs) != 1 || len(a.FAQs[0].Questions) != 1 {
		t.Skipf("the library reads no bold question here: %+v", a.FAQs)
	}
	d := renderAt(t, a, Options{Width: 60, Style: "dark"})
	if l := d.FAQs[0][0]; !strings.Contains(d.Lines[l], "this found?") {
		t.Errorf("question placed on line %d %q", l, d.Lines[l])
	}
}
