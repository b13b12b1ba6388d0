package library

import (
	"fmt"
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
// parsed again from its file, on every core: no article is lost.
func TestLeftOutSummaryIsParsedAgain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const n = 5
	for i := range n {
		text := fmt.Sprintf("---\ntitle: Kept %d\ntags: [a]\n---\n\n# Kept\n\n## FAQ\n\n### Why?\n\nBecause %d.\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("kept-%d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
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
	jobs := make([]*loadJob, n)
	for i := range jobs {
		jobs[i] = &loadJob{sourceLoad: sl, path: fmt.Sprintf("kept-%d.md", i), seq: int32(i), leftOut: true}
	}
	back, again := readBack(jobs)
	if back != 0 || again != n {
		t.Fatalf("read back %d, parsed again %d, want %d parsed again", back, again, n)
	}
	lib := loadDir(t, dir, "")
	for i, j := range jobs {
		whole := byTitle(t, lib, fmt.Sprintf("Kept %d", i))
		a := j.article
		if j.leftOut || a == nil || !a.IsSummary() {
			t.Fatalf("%s: no summary (left out %v): %+v", j.path, j.leftOut, a)
		}
		s := *a
		s.text = nil
		if want := summaryOf(whole); !reflect.DeepEqual(&s, want) {
			t.Fatalf("%s: summary differs:\n got %+v\nwant %+v", j.path, &s, want)
		}
		f, err := full(a)
		if err != nil || !reflect.DeepEqual(f, whole) {
			t.Fatalf("%s: its text: %v\n got %+v\nwant %+v", j.path, err, f, whole)
		}
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
