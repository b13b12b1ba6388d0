package render

import (
	"fmt"
	"sort"
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

// TestWrappedAddressIsOneLink: an address wrapped over lines at 80
// columns is a hyperlink on every line it takes, to the whole address.
func TestWrappedAddressIsOneLink(t *testing.T) {
	t.Parallel()
	u := "https://example.com/a/very/long/path/that/goes/on/and/on/past/the/width/of/any/terminal/folio/renders/at/eighty"
	a, _, err := library.Parse("wrap.md", []byte("# Wrap\n\nSee <"+u+"> for more.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, color := range []bool{false, true} {
		d := renderAt(t, a, Options{Width: 80, Style: "dark", Color: color, Hyperlinks: true})
		n := 0
		for _, l := range d.Lines {
			if s := ansi.Strip(l); strings.Contains(s, "example.") || strings.Contains(s, "/very/") || strings.Contains(s, "eighty") {
				n++
				if !strings.Contains(l, "\x1b]8;") || !strings.Contains(l, u) {
					t.Errorf("color %v: line %q holds a piece of the address but no hyperlink to it", color, l)
				}
			}
			if ansi.StringWidth(l) > 80 {
				t.Errorf("line wider than 80: %q", l)
			}
		}
		if n < 2 {
			t.Errorf("color %v: the address is on %d lines; the test needs it wrapped", color, n)
		}
	}
}

// linkify finds the longest address at each place, as a search through
// every address in turn (kept here) does, however many there are.
func TestLinkifyAgreesWithASearch(t *testing.T) {
	t.Parallel()
	urls := []string{"https://e.com", "https://e.com/a", "https://e.com/a/b", "http://x.org/p?q=1", "mailto:me@e.com", "https://e.com/ab"}
	for i := range 500 {
		urls = append(urls, fmt.Sprintf("https://site.example/page/%d", i))
	}
	sort.Slice(urls, func(i, j int) bool { return len(urls[i]) > len(urls[j]) })
	naive := func(line string) string {
		var b strings.Builder
		for i := 0; i < len(line); {
			matched := false
			for _, u := range urls {
				if strings.HasPrefix(line[i:], u) {
					b.WriteString(ansi.SetHyperlink(u) + u + ansi.ResetHyperlink())
					i += len(u)
					matched = true
					break
				}
			}
			if !matched {
				b.WriteByte(line[i])
				i++
			}
		}
		return b.String()
	}
	set := newURLSet(urls)
	for _, line := range []string{
		"see https://e.com/a/b/c and https://e.com/ab, https://e.com. mailto:me@e.com",
		"https://site.example/page/12 https://site.example/page/123 https://site.example/page/1",
		"http://x.org/p?q=12 httpx https://",
		"nothing here",
	} {
		if got, want := linkify(line, set), naive(line); got != want {
			t.Errorf("%q:\n got %q\nwant %q", line, got, want)
		}
	}
}
