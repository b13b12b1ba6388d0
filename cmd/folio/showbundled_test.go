package main

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
)

// Each bundled file, named by show, is the article the whole bundled
// library finds by that name, field for field, and the library has no
// problem that parsing the file alone would leave unreported.
func TestBundledAloneAsInLibrary(t *testing.T) {
	full := library.Load(library.Options{}, library.Source{FS: articles.FS, Name: bundledName})
	if len(full.Problems) > 0 {
		t.Errorf("the bundled articles have problems %v; show of one would not report the others'", full.Problems)
	}
	entries, err := fs.ReadDir(articles.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range entries {
		name := strings.TrimSuffix(d.Name(), path.Ext(d.Name()))
		want, err := full.Find(name)
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		e := &env{stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" }}
		got := (&globals{}).bundledAlone(e, name)
		switch {
		case want == nil && got != nil:
			t.Errorf("%s: parsed alone as %s, but the library finds no article by that name", name, got.ID)
		case want != nil && got == nil:
			t.Errorf("%s: not parsed alone", name)
		case want != nil && !reflect.DeepEqual(uninferred(got), uninferred(want)):
			t.Errorf("%s: parsed alone, %+v\nin the library, %+v", name, got, want)
		case stderr.Len() > 0:
			t.Errorf("%s: problems %q", name, stderr.String())
		case want != nil && printed(t, got) != printed(t, want):
			t.Errorf("%s: show prints it alone as\n%s\nand from the library as\n%s", name, printed(t, got), printed(t, want))
		}
		if got != nil {
			n++
		}
	}
	if n == 0 {
		t.Error("no bundled article was parsed alone")
	}
}

// uninferred is a copy of a without the tags the rest of the library
// lends it (Article.InferredTags), which show does not print.
func uninferred(a *library.Article) library.Article {
	c := *a
	c.InferredTags = nil
	return c
}

// printed is what show prints of a, in colour, at 80 columns.
func printed(t *testing.T, a *library.Article) string {
	t.Helper()
	var out bytes.Buffer
	e := &env{stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" },
		tty: true, profile: termenv.TrueColor, darkBackground: func() bool { return true }}
	if err := (&globals{}).printArticle(e, a, 80, "dark", -1, "off"); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// Where the library is more than the bundled articles, or the name is a
// path, the library decides.
func TestBundledAloneStepsAside(t *testing.T) {
	e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	for _, c := range []struct {
		what string
		g    *globals
		arg  string
	}{
		{"--dir", &globals{dirs: []string{t.TempDir()}}, "exosomes-vs-prp"},
		{"--no-bundled", &globals{noBundled: true}, "exosomes-vs-prp"},
		{"a path", &globals{}, "./exosomes-vs-prp"},
		{"no such file", &globals{}, "exosomes"},
		{"a file's whole name", &globals{}, "exosomes-vs-prp.md"},
	} {
		if a := c.g.bundledAlone(e, c.arg); a != nil {
			t.Errorf("%s: %q parsed alone as %s", c.what, c.arg, a.ID)
		}
	}
}
