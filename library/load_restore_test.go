package library

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// A cold load of summaries lets each summary go once coded for the new
// index and reads it back from that index: the summaries are those a
// load that keeps them gives, their texts are read from the new index,
// and the next load restores them all.
func TestColdSummariesAreReadBackFromTheNewIndex(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	full := loadDir(t, dir, "")
	cold := loadSummaries(t, dir, cache)
	articles := 0 // of the folder: the two bundled ones have no index, and two files no article
	for _, a := range full.Articles {
		if !strings.HasPrefix(a.Path, "bundled") {
			articles++
		}
	}
	if cold.stats.readBack != articles || cold.stats.parsedAgain != 0 || articles < 40 {
		t.Fatalf("the folder's %d articles: read back %d, parsed again %d; want every one read back",
			articles, cold.stats.readBack, cold.stats.parsedAgain)
	}
	sameSummaries(t, cold, full)
	indexed := 0
	for _, a := range cold.Articles {
		if strings.HasPrefix(a.Path, "bundled") {
			continue
		}
		if at := a.text.place(); at.idx == nil || at.idx.path == "" || !strings.HasPrefix(at.idx.path, cache) {
			t.Fatalf("%s: its text is not read from the new index (%+v)", a.Path, at)
		}
		indexed++
	}
	if indexed == 0 {
		t.Fatal("no article of the folder")
	}
	warm := loadSummaries(t, dir, cache)
	if warm.stats.parsed != 2 || warm.stats.readBack != 0 {
		t.Fatalf("warm load parsed %d files and read back %d, want only the 2 bundled ones parsed", warm.stats.parsed, warm.stats.readBack)
	}
	sameSummaries(t, warm, full)
}

// Summaries handed out while they load (LoadStream, the reader) are
// kept, never let go to be read back.
func TestStreamedSummariesAreKept(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int32 // handed out on the workers
	l := load(Options{Drafts: true, CacheDir: cache, Summaries: true}, func(*Article) { n.Add(1) }, src)
	if l.stats.readBack != 0 || l.stats.parsed == 0 || n.Load() == 0 {
		t.Fatalf("streamed load: parsed %d, read back %d, handed out %d", l.stats.parsed, l.stats.readBack, n.Load())
	}
}

// A summary left out that no new index holds (its writer failed) is
// parsed again from its file: the article is not lost.
func TestLeftOutSummaryIsParsedAgain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	text := "---\ntitle: Kept\ntags: [a]\n---\n\n# Kept\n\n## FAQ\n\n### Why?\n\nBecause.\n"
	if err := os.WriteFile(filepath.Join(dir, "kept.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := &sourceCache{wholeDone: make(chan struct{})}
	c.writtenWhole(nil) // the writer gave no index
	sl := &sourceLoad{src: src, origin: &origin{fsys: src.FS, dir: dir}, dir: dir, cache: c, joinsNames: joinsNames(src.Name)}
	sl.folders = newFolders(dir)
	defer sl.folders.close()
	j := &loadJob{sourceLoad: sl, path: "kept.md", leftOut: true}
	back, again := readBack([]*loadJob{j})
	if back != 0 || again != 1 || j.leftOut {
		t.Fatalf("read back %d, parsed again %d, still left out: %v", back, again, j.leftOut)
	}
	whole := byTitle(t, loadDir(t, dir, ""), "Kept")
	a := j.article
	if a == nil || !a.IsSummary() {
		t.Fatalf("no summary: %+v", a)
	}
	s := *a
	s.text = nil
	if want := summaryOf(whole); !reflect.DeepEqual(&s, want) {
		t.Fatalf("summary differs:\n got %+v\nwant %+v", &s, want)
	}
	f, err := full(a)
	if err != nil || !reflect.DeepEqual(f, whole) {
		t.Fatalf("its text: %v\n got %+v\nwant %+v", err, f, whole)
	}
}

// shownName gives back the name read made, of which the path is the end.
func TestShownNameIsTheNameRead(t *testing.T) {
	t.Parallel()
	src := Source{Name: "/some/lib"}
	sl := &sourceLoad{src: src, joinsNames: joinsNames(src.Name)}
	w := newLoadWorker(true, false)
	for _, p := range []string{"a.md", "deep/er/b.md"} {
		j := &loadJob{sourceLoad: sl, path: p}
		name := w.name(j)
		j.path = name[len(name)-len(p):]
		j.nameHead = int32(len(name) - len(p))
		if got, ok := j.shownName(); !ok || got != "/some/lib/"+p {
			t.Errorf("%s: shown name %q, %v", p, got, ok)
		}
	}
	if _, ok := (&loadJob{path: "x.md", nameHead: -1}).shownName(); ok {
		t.Error("a path apart from its name gave a name")
	}
}
