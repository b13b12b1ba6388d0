package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
)

// newRun is one run of folio over the state file at path: the model is
// built from what the file holds, as cmd/folio builds it.
func newRun(t testing.TB, lib *library.Library, path string, w, h int) *driver {
	t.Helper()
	store, st, warns, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions
	opts.Store, opts.Saved, opts.StateWarnings = store, st, warns
	d := &driver{t: t, m: New(lib, opts)}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// quitAll presses q until folio quits, as a person leaving does.
func (d *driver) quitAll() {
	d.t.Helper()
	for range 10 {
		if d.quit {
			return
		}
		d.press(d.m.keys.Global.Quit)
	}
	d.t.Fatalf("q did not quit (top %v)", d.m.top())
}

// saved reads the state file as the next run will.
func saved(t testing.TB, path string) state.State {
	t.Helper()
	_, st, warns, err := state.Open(path)
	if err != nil || len(warns) > 0 {
		t.Fatalf("state file: %v %q", err, warns)
	}
	return st
}

// openSlug opens an article from the Articles list by filtering for its
// title.
func (d *driver) openFiltered(slug string) *driver {
	d.t.Helper()
	a, ok := d.m.lib.Article(slug)
	if !ok {
		d.t.Fatalf("no article %q", slug)
	}
	if d.m.top() != articlesScreen {
		d.press(d.m.keys.Global.Articles)
	}
	d.filter(a.Title).press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != slug || !d.m.reader.Shown().Rendered {
		d.t.Fatalf("reader did not open %s (top %v)", slug, d.m.top())
	}
	return d
}

// oddFiles are a folder's worth of real-world and broken files.
func oddFiles() map[string]string {
	var deep strings.Builder
	for i := range 60 {
		deep.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	bin := make([]byte, 512)
	for i := range bin {
		bin[i] = byte(i)
	}
	return map[string]string{
		"good.md": "---\ntitle: A Good Post\ndate: 2025-03-01\ntags: [Go, Notes]\ncategories: [Code]\n---\n\n" +
			"## First\n\n" + strings.Repeat("Some words here.\n\n", 30) + "## Second\n\n" + strings.Repeat("More words.\n\n", 30) +
			"## FAQ\n\n### Is it good?\n\nYes.\n\n**Is it bold?**\n\nAlso yes.\n",
		"spaces ’ — & 日本 😀.md": "---\nTitle: Odd Name\nTags: [Notes]\n---\n\n# Odd\n\nText.\n",
		"bundle/index.md":      "+++\ntitle = \"Bundle\"\ndate = 2017-10-09\ntags = [\n  \"go\",\n]\n+++\n\nSetext\n======\n\nBody.\n",
		"bundle/image.png":     "\x89PNG not an article",
		"post.mdx":             "---\ntitle: MDX\n---\nimport X from './x'\n\n<X />\n\n## Real\n\n{{< shortcode >}}\n",
		"bom.md":               "\ufeff---\r\ntitle: Bom\r\n---\r\n\r\n## Crlf\r\n\r\nLine.\r\n",
		"plain.txt":            "A Plain Title\n\nSome plain text that goes on.\n\nAnother Heading\n\nMore text.\n",
		"deep.md":              "---\ntitle: Deep\n---\n\n" + deep.String() + strings.Repeat("> ", 80) + "quote\n",
		"long.md":              "---\ntitle: Long Line\n---\n\n" + strings.Repeat("word ", 8000) + "\n",
		"draft.md":             "---\ntitle: Draft\ndraft: true\n---\n\nNot yet.\n",
		"bad-yaml.md":          "---\ntitle: \"never closed\ntags: [a\n",
		"wrong-types.md":       "---\ntitle: Wrong\ntags: {a: 1}\ndate: yesterday\n---\nBody\n",
		"empty.md":             "",
		"binary.md":            string(bin),
		"badutf8.md":           "---\ntitle: \"Bad \xff\xfe\"\n---\nbody \xc3\x28\n",
		"dup/good.md":          "---\ntitle: Same Slug\n---\n\nBody.\n",
	}
}

// oddFolder writes oddFiles to a fresh folder (with a symlink loop where
// the system has symlinks) and returns it.
func oddFolder(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range oddFiles() {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if runtime.GOOS != "windows" {
		if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func dirLibrary(t testing.TB, dir string) *library.Library {
	t.Helper()
	return cachedDirLibrary(t, dir, "")
}

// cachedDirLibrary loads the bundled articles and dir through the index
// cache in cache ("" for none), as cmd/folio does.
func cachedDirLibrary(t testing.TB, dir, cache string) *library.Library {
	t.Helper()
	src, err := library.DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	return library.Load(library.Options{CacheDir: cache}, library.Source{FS: articles.FS, Name: "bundled"}, src)
}

// fixtureLibrary is oddFiles in memory, under the fixed name "fixtures":
// the same paths on every machine, for golden screens.
func fixtureLibrary() *library.Library {
	fsys := fstest.MapFS{}
	for name, content := range oddFiles() {
		fsys[name] = &fstest.MapFile{Data: []byte(content), Mode: 0o644}
	}
	return library.Load(library.Options{}, library.Source{FS: fsys, Name: "fixtures"})
}
