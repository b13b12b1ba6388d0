package library

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// faultyFS lists files that then fail to open, as a file that is
// unreadable, or removed between listing and reading, does.
type faultyFS struct {
	fstest.MapFS
	fail map[string]error
}

func (f faultyFS) Open(name string) (fs.File, error) {
	if err, ok := f.fail[name]; ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f.MapFS.Open(name)
}

func TestBadFilesAreNamedAndTheRestLoads(t *testing.T) {
	t.Parallel()
	good := "---\ntitle: Good\n---\n\n## H\n"
	deep := strings.Repeat("  ", 0)
	for i := range 300 {
		deep += strings.Repeat("  ", i) + "- level\n"
	}
	files := map[string]string{
		"good.md":          good,
		"unterminated.md":  "---\ntitle: x\n\nno closing fence\n",
		"bad-yaml.md":      "---\ntitle: \"Unterminated\ntags: [a\n---\nbody\n",
		"bad-toml.md":      "+++\ntitle = \n+++\n",
		"empty.md":         "",
		"blank.md":         "\n\n  \n",
		"binary.md":        "\x00\x01\x02binary\x00",
		"badutf8.md":       "---\ntitle: \"Bad utf8 \xff\xfe\"\n---\nbody \xc3\x28\n",
		"bom.md":           "\xef\xbb\xbf---\ntitle: Bom\n---\nBody\n",
		"crlf.md":          "---\r\ntitle: Crlf\r\ntags: [A]\r\n---\r\n\r\n## Crlf heading\r\n\r\nText\r\n",
		"bomcrlf.md":       "\xef\xbb\xbf---\r\ntitle: \"Bom crlf\"\r\n---\r\n",
		"longline.md":      "---\ntitle: Long line\n---\n" + strings.Repeat("word ", 1<<20/5),
		"deep.md":          "---\ntitle: Deep\n---\n" + deep + strings.Repeat(">", 500) + " quoted\n",
		"wrongtypes.md":    "---\ntitle: Wrong types\ntags: {a: 1}\ndate: yesterday\nfeatured: maybe\n---\nBody\n",
		"gone.md":          good,
		"locked.md":        good,
		"notes/readme.txt": "Just a plain note\n\nWith a paragraph.\n",
	}
	fsys := faultyFS{MapFS: fstest.MapFS{}, fail: map[string]error{"gone.md": fs.ErrNotExist, "locked.md": fs.ErrPermission}}
	for name, body := range files {
		fsys.MapFS[name] = &fstest.MapFile{Data: []byte(body)}
	}
	l := Load(Options{}, Source{FS: fsys})
	for _, title := range []string{"Good", "Bad utf8 \uFFFD", "Bom", "Crlf", "Bom crlf", "Long line", "Deep", "Wrong types", "Just a plain note"} {
		byTitle(t, l, title)
	}
	for file, want := range map[string]string{
		"unterminated.md": "never closed",
		"bad-yaml.md":     "invalid frontmatter",
		"bad-toml.md":     "invalid frontmatter",
		"empty.md":        "empty",
		"blank.md":        "empty",
		"binary.md":       "binary",
		"badutf8.md":      "UTF-8",
		"wrongtypes.md":   "tags",
		"gone.md":         "disappeared",
		"locked.md":       "permission denied",
	} {
		if msg := problemFor(l, file); !strings.Contains(msg, want) {
			t.Errorf("%s: problem %q, want it to say %q", file, msg, want)
		}
	}
	crlf := byTitle(t, l, "Crlf")
	if len(crlf.Headings) != 1 || crlf.Headings[0].Text != "Crlf heading" || strings.Contains(crlf.Body, "\r") {
		t.Errorf("CRLF article: headings %+v", crlf.Headings)
	}
}

func TestLargeFileIsRefusedWithAMessage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.md")
	if err := os.WriteFile(big, bytes.Repeat([]byte("x"), 50<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ok.md"), []byte("# Ok\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := Load(Options{}, src)
	if len(l.Articles) != 1 {
		t.Errorf("%d articles, want the small one", len(l.Articles))
	}
	if msg := problemFor(l, big); !strings.Contains(msg, "MB") {
		t.Errorf("50 MB file: problem %q", msg)
	}
}

func TestSymlinkLoopAndFolders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("# A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "loop.md"), filepath.Join(dir, "loop.md")); err != nil {
		t.Fatal(err)
	}
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := Load(Options{}, src)
	if len(l.Articles) != 1 || l.Articles[0].Title != "A" {
		t.Errorf("articles %v", l.Slugs())
	}
	if msg := problemFor(l, filepath.Join(dir, "loop.md")); !strings.Contains(msg, "too many levels of symbolic links") {
		t.Errorf("self-referencing link: problem %q", msg)
	}

	if _, err := DirSource(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "missing: no such folder") {
		t.Errorf("missing dir: %v", err)
	}
	if _, err := DirSource(filepath.Join(dir, "a.md")); err == nil || !strings.Contains(err.Error(), "a.md: not a folder") {
		t.Errorf("file as dir: %v", err)
	}
}

func TestLoadNeverWritesToArticleFolders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	if err := os.WriteFile(path, []byte("# A\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	src, _ := DirSource(dir)
	Load(Options{}, src)
	after, _ := os.Stat(path)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
		t.Errorf("folder changed by a load: %d entries", len(entries))
	}
}
