package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
)

func styleFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "mine.json")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEveryStandardStyle(t *testing.T) {
	t.Parallel()
	a, _, err := library.Parse("a.md", []byte("# Title\n\nSome **bold** words and `code`.\n\n- one\n- two\n"))
	if err != nil {
		t.Fatal(err)
	}
	names := StyleNames()
	for _, want := range []string{"ascii", "dark", "dracula", "light", "notty", "pink", "tokyo-night"} {
		if !IsStyleName(want) {
			t.Errorf("%s is not a style name; have %v", want, names)
		}
	}
	for _, name := range names {
		r, err := New(Options{Width: 60, Style: name, Color: true, Profile: termenv.TrueColor})
		if err != nil {
			t.Errorf("New(%s): %v", name, err)
			continue
		}
		doc, err := r.Render(a)
		if err != nil || !strings.Contains(termenvStrip(strings.Join(doc.Lines, "\n")), "bold") {
			t.Errorf("%s: %v %q", name, err, doc.Lines)
		}
	}
	if _, err := New(Options{Width: 60, Style: "neon"}); err == nil || !strings.Contains(err.Error(), "dracula") {
		t.Errorf("New(neon): %v", err)
	}
}

func termenvStrip(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == 0x1b:
			in = true
		case in && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestStyleFile(t *testing.T) {
	t.Parallel()
	good := styleFile(t, `{"document": {"color": "#e0def4", "margin": 2}, "heading": {"color": "212", "bold": true}, "code_block": {"chroma": {"text": {"color": "#fff"}}}}`)
	r, err := New(Options{Width: 60, Style: good, Color: true, Profile: termenv.TrueColor})
	if err != nil {
		t.Fatal(err)
	}
	a, _, _ := library.Parse("a.md", []byte("# Heading\n\nText.\n"))
	doc, err := r.Render(a)
	if err != nil || !strings.Contains(strings.Join(doc.Lines, "\n"), "38;2;224;222;24") || !strings.Contains(strings.Join(doc.Lines, "\n"), "38;5;212") {
		t.Errorf("the style's document colour is not used: %v %q", err, doc.Lines)
	}
	for _, tc := range []struct{ text, want string }{
		{`{"document": {"color": "#zzzzzz"}}`, `document.color: "#zzzzzz" is not a colour`},
		{`{"code_block": {"chroma": {"keyword": {"background_color": "blue"}}}}`, `code_block.chroma.keyword.background_color: "blue"`},
		{`{"heading": {"color": "300"}}`, `heading.color: "300"`},
		{"{ \"document\": { \"color\": \n", "line 2: the JSON ends too soon"},
		{`{"document": {"margin": "wide"}}`, "line 1: document.margin is a JSON string"},
		{`{"document": [}`, "line 1: invalid character"},
	} {
		p := styleFile(t, tc.text)
		_, err := New(Options{Width: 60, Style: p})
		if err == nil || !strings.HasPrefix(err.Error(), p+": ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q naming the file", tc.text, err, tc.want)
		}
	}
	if _, err := LoadStyle(filepath.Join(t.TempDir(), "none.json")); err == nil || !strings.Contains(err.Error(), "none.json") {
		t.Errorf("missing style file: %v", err)
	}
}

func FuzzLoadStyle(f *testing.F) {
	f.Add(`{"document": {"color": "#fff"}}`)
	f.Add(`{"h1": {"prefix": "# ", "background_color": "12"}}`)
	f.Fuzz(func(t *testing.T, text string) {
		p := filepath.Join(t.TempDir(), "s.json")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadStyle(p); err != nil && !strings.HasPrefix(err.Error(), p+": ") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}
