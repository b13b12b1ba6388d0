package library

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/internal/synth"
)

// cacheFixture is a folder of articles of every kind the index must
// restore exactly: YAML, TOML and JSON frontmatter with odd dates, plain
// text, FAQs, contents lists, links, warnings, and files Parse refuses.
func cacheFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"toml.md":         "+++\ntitle = \"Toml\"\ndate = 2017-10-09T10:00:00\ntags = [\"go\", \"web\"]\n+++\n\n# Toml\n\nBody [link](#toml) and <https://example.com>.\n",
		"offset.md":       "---\ntitle: Offset\ndate: 2021-03-04T05:06:07+05:30\ntags: [Go]\n---\n\n## FAQ\n\n### Why?\n\nBecause.\n\n**Bold?**\n",
		"local.md":        "+++\ntitle = \"Local\"\ndate = 2019-01-02T03:04:05.123456789\n+++\nText\n",
		"json.md":         "{\n  \"title\": \"Json\",\n  \"publishDate\": \"2014-02-03T04:05:06Z\",\n  \"tags\": [\"x\"]\n}\n\nBody\n",
		"warn.md":         "---\ntitle: Warn\ndraft: maybe\nfeatured: true\ndate: someday\n---\nbad \xff byte\n",
		"draft.md":        "---\ntitle: Draft\ndraft: true\n---\nNot yet.\n",
		"broken.md":       "---\ntitle: \"never closed\n",
		"empty.md":        "  \n",
		"notes/plain.txt": "A Plain Title.\n\nThe excerpt paragraph.\n\nA Heading\n\n• one\n• two\n",
		"sub/index.md":    "# Bundle\n\n## Table of contents\n\n- [Part](#part)\n- Other\n\n## Part\n\n## Other\n",
		"undated.md":      "No frontmatter, no heading.\n",
	}
	for _, name := range []string{"exosomes-vs-prp.md", "do-exosomes-work-medicube-review.txt"} {
		data, err := articles.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	for i := range 30 {
		files[fmt.Sprintf("synth/post-%02d.md", i)] = synth.Article(i, 2000)
	}
	for name, content := range files {
		writeOld(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	return dir
}

// writeOld writes a file with a modification time an hour ago, so that
// the index does not take it for one still being written.
func writeOld(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

func loadDir(t *testing.T, dir, cache string) *Library {
	t.Helper()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	return Load(Options{Drafts: true, CacheDir: cache}, src, Source{FS: articles.FS, Name: "bundled"})
}

// sameLibrary fails unless the libraries hold equal articles (every
// field) and problems, in the same order.
func sameLibrary(t *testing.T, got, want *Library) {
	t.Helper()
	if len(got.Articles) != len(want.Articles) {
		t.Fatalf("%d articles, want %d", len(got.Articles), len(want.Articles))
	}
	for i := range want.Articles {
		if g, w := got.Articles[i], want.Articles[i]; !reflect.DeepEqual(g, w) {
			t.Fatalf("article %s differs:\n got %+v\nwant %+v", w.Path, g, w)
		}
	}
	if !reflect.DeepEqual(got.Problems, want.Problems) {
		t.Fatalf("problems differ:\n got %v\nwant %v", got.Problems, want.Problems)
	}
	if !reflect.DeepEqual(got.Tags(), want.Tags()) || !reflect.DeepEqual(got.Categories(), want.Categories()) {
		t.Fatal("tags or categories differ")
	}
}

func indexFiles(t *testing.T, cache string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(cache, "*.idx"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestIndexRestoresTheFixturesAsParsed(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	parsed := loadDir(t, dir, "")
	first := loadDir(t, dir, cache)
	if first.stats.cached != 0 || len(indexFiles(t, cache)) != 1 {
		t.Fatalf("first load: %+v, index files %v", first.stats, indexFiles(t, cache))
	}
	second := loadDir(t, dir, cache)
	if second.stats.parsed != 2 { // the bundled articles only
		t.Fatalf("second load parsed %d files, want only the 2 bundled ones", second.stats.parsed)
	}
	sameLibrary(t, first, parsed)
	sameLibrary(t, second, parsed)
}

func TestIndexSeesChangedAddedAndRemovedFiles(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	loadDir(t, dir, cache)

	// Same size, new content and time: a stale entry.
	writeOld(t, filepath.Join(dir, "undated.md"), "No frontmatter, no HEADING.\n")
	later := time.Now().Add(-30 * time.Minute)
	os.Chtimes(filepath.Join(dir, "undated.md"), later, later)
	writeOld(t, filepath.Join(dir, "added.md"), "# Added\n\nNew.\n")
	if err := os.Remove(filepath.Join(dir, "json.md")); err != nil {
		t.Fatal(err)
	}

	l := loadDir(t, dir, cache)
	if l.stats.parsed != 2+2 {
		t.Errorf("parsed %d files, want the changed, the added and the 2 bundled ones", l.stats.parsed)
	}
	if a := byTitle(t, l, "undated"); !strings.Contains(a.Body, "HEADING") {
		t.Errorf("stale body kept: %q", a.Body)
	}
	byTitle(t, l, "Added")
	for _, a := range l.Articles {
		if a.Title == "Json" {
			t.Error("removed file still listed")
		}
	}
	sameLibrary(t, l, loadDir(t, dir, ""))
	again := loadDir(t, dir, cache)
	if again.stats.parsed != 2 {
		t.Errorf("after the update, parsed %d files, want the 2 bundled ones", again.stats.parsed)
	}
	sameLibrary(t, again, l)
}

func TestIndexDoesNotKeepFilesJustWritten(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fresh.md"), []byte("# Fresh\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	loadDir(t, dir, cache)
	l := loadDir(t, dir, cache)
	if l.stats.parsed != 1+2 {
		t.Errorf("parsed %d, want the fresh file and the bundled ones", l.stats.parsed)
	}
}

func TestCorruptIndexIsNeverTrusted(t *testing.T) {
	t.Parallel()
	dir := cacheFixture(t)
	want := loadDir(t, dir, "")
	corruptions := map[string]func(b []byte) []byte{
		"empty":     func([]byte) []byte { return nil },
		"garbage":   func(b []byte) []byte { return bytes.Repeat([]byte{0xa5}, len(b)) },
		"truncated": func(b []byte) []byte { return b[:len(b)/2] },
		"version":   func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], indexVersion+1); return b },
		"table":     func(b []byte) []byte { b[len(b)-3] ^= 1; return b },
		"header":    func(b []byte) []byte { b[12] ^= 1; return b },
		"longer":    func(b []byte) []byte { return append(b, 0) },
		"torn": func(b []byte) []byte { // a block of zeros, as a crash of the file system may leave
			clear(b[len(b)/3 : len(b)/3+4096])
			return b
		},
		"body": func(b []byte) []byte { // a body's text, changed in place: caught by the entry's checksum
			i := bytes.Index(b, []byte("The excerpt paragraph."))
			if i < 0 {
				panic("fixture text not found in the index")
			}
			copy(b[i:], "The EXCERPT paragraph.")
			return b
		},
	}
	for name, corrupt := range corruptions {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cache := t.TempDir()
			loadDir(t, dir, cache)
			file := indexFiles(t, cache)[0]
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, corrupt(data), 0o600); err != nil {
				t.Fatal(err)
			}
			l := loadDir(t, dir, cache)
			sameLibrary(t, l, want)
			if name == "body" && l.stats.parsed != 1+2 {
				t.Errorf("parsed %d, want the damaged entry's file and the bundled ones", l.stats.parsed)
			}
			again := loadDir(t, dir, cache)
			if again.stats.parsed != 2 {
				t.Errorf("the damaged index was not rebuilt: parsed %d files", again.stats.parsed)
			}
			sameLibrary(t, again, want)
		})
	}
}

// TestIndexTwoProcessesAtOnce runs two processes that load the same
// folder through the same cache over and over, while this one changes a
// file between their loads; the index must stay whole, and right.
func TestIndexTwoProcessesAtOnce(t *testing.T) {
	if os.Getenv("FOLIO_INDEX_HELPER") != "" {
		return
	}
	dir, cache := cacheFixture(t), t.TempDir()
	// The file that changes is there before the helpers start, so that
	// each one's count of articles holds whenever it makes it; created
	// later, it was there or not by chance.
	writeOld(t, filepath.Join(dir, "changing.md"), "# Changing\n")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var procs []*exec.Cmd
	for range 2 {
		cmd := exec.Command(exe, "-test.run=^TestIndexHelperProcess$")
		cmd.Env = append(os.Environ(), "FOLIO_INDEX_HELPER="+dir+string(os.PathListSeparator)+cache)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
		t.Cleanup(func() {
			if t.Failed() {
				t.Log(out.String())
			}
		})
	}
	// The file changes under the two processes, replaced whole each time
	// (written beside it as a hidden file, which the walk skips, and
	// renamed): a reader catching a half-written file would rightly report
	// it empty, which is not what this test is about.
	for i := range 5 {
		next := filepath.Join(dir, ".changing.md.next")
		writeOld(t, next, fmt.Sprintf("# Changing %d\n", i))
		at := time.Now().Add(-time.Hour + time.Duration(i)*time.Second)
		os.Chtimes(next, at, at)
		if err := os.Rename(next, filepath.Join(dir, "changing.md")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	for _, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("helper: %v", err)
		}
	}
	l := loadDir(t, dir, cache)
	sameLibrary(t, l, loadDir(t, dir, ""))
	byTitle(t, l, "Changing 4")
	if files := indexFiles(t, cache); len(files) != 1 {
		t.Fatalf("index files %v", files)
	}
	leftovers, _ := filepath.Glob(filepath.Join(cache, "*.tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// TestIndexHelperProcess is one of the processes of
// TestIndexTwoProcessesAtOnce.
func TestIndexHelperProcess(t *testing.T) {
	dirs := os.Getenv("FOLIO_INDEX_HELPER")
	if dirs == "" {
		t.Skip("run by TestIndexTwoProcessesAtOnce")
	}
	dir, cache, _ := strings.Cut(dirs, string(os.PathListSeparator))
	want := loadDir(t, dir, "")
	for range 8 {
		l := loadDir(t, dir, cache)
		if len(l.Articles) != len(want.Articles) || len(l.Problems) != len(want.Problems) {
			t.Fatalf("%d articles and %d problems, want %d and %d", len(l.Articles), len(l.Problems), len(want.Articles), len(want.Problems))
		}
	}
}

func TestIndexNeverWrittenInsideAnArticleFolder(t *testing.T) {
	t.Parallel()
	dir := cacheFixture(t)
	cache := filepath.Join(dir, "cache") // not hidden: the walk would read it
	before := tree(t, dir)
	l := loadDir(t, dir, cache)
	loadDir(t, dir, cache)
	if after := tree(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("the article folder changed:\n%v\n%v", before, after)
	}
	sameLibrary(t, l, loadDir(t, dir, ""))
	// Nor for sources that are not folders: nothing to key them by.
	other := t.TempDir()
	Load(Options{CacheDir: other}, Source{FS: fstest.MapFS{"a.md": {Data: []byte("# A\n")}}}, Source{FS: articles.FS})
	if files := indexFiles(t, other); len(files) != 0 {
		t.Errorf("index written for a source that is not a folder: %v", files)
	}
}

// tree lists every path under dir with its size and modification time.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		out = append(out, fmt.Sprintf("%s %d %d", p, info.Size(), info.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestIndexNotRewrittenWhenNothingChanged(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{cacheFixture(t), t.TempDir()} { // and an empty folder
		cache := t.TempDir()
		loadDir(t, dir, cache)
		files := indexFiles(t, cache)
		if len(files) != 1 {
			t.Fatalf("index files %v", files)
		}
		before, err := os.Stat(files[0])
		if err != nil {
			t.Fatal(err)
		}
		loadDir(t, dir, cache)
		after, err := os.Stat(files[0])
		if err != nil {
			t.Fatal(err)
		}
		if !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
			t.Errorf("%s: index rewritten though nothing changed", dir)
		}
	}
}

// all is every row of the index's table by path, for tests.
func (idx *index) all() map[string]indexEntry {
	out := map[string]indexEntry{}
	for _, e := range idx.rows {
		out[e.path] = e
	}
	return out
}

// An index whose table is written in several blocks (tableBlock) is read
// back whole: every file of the next load is restored from it.
func TestIndexTableOfManyBlocks(t *testing.T) {
	t.Parallel()
	dir, cache := searchFixture(t, 1500), t.TempDir()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	first := Load(Options{CacheDir: cache}, src)
	files := indexFiles(t, cache)
	if len(files) != 1 {
		t.Fatalf("index files %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if tableAt := binary.LittleEndian.Uint64(data[24:]); uint64(len(data))-tableAt <= tableBlock {
		t.Fatalf("the table is %d bytes, one block at most", uint64(len(data))-tableAt)
	}
	second := Load(Options{CacheDir: cache}, src)
	if second.stats.parsed != 0 || second.stats.cached != len(first.Articles) {
		t.Fatalf("second load: %+v, want all %d articles restored", second.stats, len(first.Articles))
	}
	sameLibrary(t, second, first)
}
