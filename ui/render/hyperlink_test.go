package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
)

func TestHyperlinks(t *testing.T) {
	t.Parallel()
	a, _, err := library.Parse("links.md", []byte("# Links\n\nSee [the page](https://example.com/page) and [the site](https://example.com), or [another article](other.md).\n"))
	if err != nil {
		t.Fatal(err)
	}
	render := func(links bool) []string {
		r, err := New(Options{Width: 60, Style: "notty", Hyperlinks: links})
		if err != nil {
			t.Fatal(err)
		}
		d, err := r.Render(a)
		if err != nil {
			t.Fatal(err)
		}
		return d.Lines
	}
	plain, linked := render(false), render(true)
	if len(plain) != len(linked) {
		t.Fatalf("%d lines, with hyperlinks %d", len(plain), len(linked))
	}
	text := strings.Join(linked, "\n")
	for _, u := range []string{"https://example.com/page", "https://example.com"} {
		if !strings.Contains(text, ansi.SetHyperlink(u)+u+ansi.ResetHyperlink()) {
			t.Errorf("no hyperlink for %s in:\n%q", u, text)
		}
	}
	if strings.Contains(text, ansi.SetHyperlink("other.md")) {
		t.Error("a link inside the library became a hyperlink")
	}
	for i := range plain {
		if ansi.Strip(linked[i]) != ansi.Strip(plain[i]) || ansi.StringWidth(linked[i]) > 60 {
			t.Errorf("line %d changed: %q vs %q", i, linked[i], plain[i])
		}
	}
	if strings.Contains(strings.Join(plain, "\n"), "\x1b]8;") {
		t.Error("hyperlinks without the option")
	}
}
