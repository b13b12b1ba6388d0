package library

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/folio-reader/folio/articles"
)

func loadSummaries(t *testing.T, dir, cache string) *Library {
	t.Helper()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	return Load(Options{Drafts: true, CacheDir: cache, Summaries: true}, src, Source{FS: articles.FS, Name: "bundled"})
}

// summaryOf is what Options.Summaries should give for a: the same
// article with no text.
func summaryOf(a *Article) *Article {
	s := *a
	s.Body, s.Headings, s.FAQs, s.Links, s.Contents = "", nil, nil, nil, nil
	return &s
}

// sameSummaries fails unless got holds the summaries of whole's articles
// (and its problems, tags and categories), in the same order, and Full
// gives each whole again: from the index, or from its file.
func sameSummaries(t *testing.T, got, whole *Library) {
	t.Helper()
	if len(got.Articles) != len(whole.Articles) {
		t.Fatalf("%d articles, want %d", len(got.Articles), len(whole.Articles))
	}
	for i, w := range whole.Articles {
		g := got.Articles[i]
		if !g.IsSummary() {
			t.Fatalf("article %s: whole, want a summary", w.Path)
		}
		s := *g
		s.text = nil
		if want := summaryOf(w); !reflect.DeepEqual(&s, want) {
			t.Fatalf("article %s differs:\n got %+v\nwant %+v", w.Path, &s, want)
		}
		f, err := got.Full(g)
		if err != nil {
			t.Fatalf("article %s: %v", w.Path, err)
		}
		if f.IsSummary() || !reflect.DeepEqual(f, w) {
			t.Fatalf("article %s: Full differs:\n got %+v\nwant %+v", w.Path, f, w)
		}
	}
	if !reflect.DeepEqual(got.Problems, whole.Problems) {
		t.Fatalf("problems differ:\n got %v\nwant %v", got.Problems, whole.Problems)
	}
	if !reflect.DeepEqual(got.Tags(), whole.Tags()) || !reflect.DeepEqual(got.Categories(), whole.Categories()) {
		t.Fatal("tags or categories differ")
	}
}

// A load of summaries gives every field of a full load but the texts,
// whether it parses the files or restores them from the index; Full
// gives the texts back; and a later full load still restores them.
func TestSummariesAreTheArticlesWithoutTexts(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	full := loadDir(t, dir, "")
	if len(full.Articles) < 40 || full.Articles[0].Body == "" {
		t.Fatalf("fixture: %d articles", len(full.Articles))
	}

	sameSummaries(t, loadSummaries(t, dir, ""), full) // no index: Full parses the files again
	parsed := loadSummaries(t, dir, cache)            // parses, and writes the index whole
	sameSummaries(t, parsed, full)
	restored := loadSummaries(t, dir, cache)
	if restored.stats.parsed != 2 {
		t.Fatalf("second summaries load parsed %d files, want the 2 bundled ones", restored.stats.parsed)
	}
	sameSummaries(t, restored, full)
	again := loadDir(t, dir, cache)
	if again.stats.parsed != 2 {
		t.Fatalf("full load after summaries parsed %d files, want the 2 bundled ones", again.stats.parsed)
	}
	sameLibrary(t, again, full)
}

// When a summaries load rewrites the index, the entries it restored
// without their texts are copied whole, so the next full load has them.
func TestSummariesLoadKeepsTextsInTheIndex(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	loadDir(t, dir, cache)
	writeOld(t, filepath.Join(dir, "added.md"), "# Added\n\n## FAQ\n\n### New?\n\nYes.\n")

	l := loadSummaries(t, dir, cache)
	if l.stats.parsed != 1+2 {
		t.Fatalf("parsed %d files, want the added one and the 2 bundled ones", l.stats.parsed)
	}
	full := loadDir(t, dir, cache)
	if full.stats.parsed != 2 {
		t.Fatalf("full load parsed %d files, want the 2 bundled ones: the index lost entries", full.stats.parsed)
	}
	sameLibrary(t, full, loadDir(t, dir, ""))
	if a := byTitle(t, full, "Added"); len(a.FAQs) != 1 || a.FAQs[0].Questions[0].Answer == "" {
		t.Errorf("added article's FAQ not restored: %+v", a.FAQs)
	}
}

// A damaged summary is caught by a summaries load; a damaged text, which
// a summaries load does not read, by the next full load.
func TestSummariesAndDamagedIndex(t *testing.T) {
	t.Parallel()
	dir := cacheFixture(t)
	full := loadDir(t, dir, "")
	const excerpt = "The excerpt paragraph."
	damage := func(t *testing.T, cache string, which int) {
		t.Helper()
		file := indexFiles(t, cache)[0]
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// The excerpt is in the body, in the text part, and again in
		// the summary, which comes after every text.
		first := bytes.Index(data, []byte(excerpt))
		last := bytes.LastIndex(data, []byte(excerpt))
		if first < 0 || first == last {
			t.Fatalf("the excerpt is in the index %d times, want 2", bytes.Count(data, []byte(excerpt)))
		}
		at := []int{first, last}[which]
		copy(data[at:], "The EXCERPT paragraph.")
		if err := os.WriteFile(file, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("summary", func(t *testing.T) {
		t.Parallel()
		cache := t.TempDir()
		loadDir(t, dir, cache)
		damage(t, cache, 1)
		l := loadSummaries(t, dir, cache)
		if l.stats.parsed != 1+2 {
			t.Errorf("parsed %d, want the damaged entry's file and the bundled ones", l.stats.parsed)
		}
		sameSummaries(t, l, full)
	})
	t.Run("text", func(t *testing.T) {
		t.Parallel()
		dir, cache := cacheFixture(t), t.TempDir() // a folder of its own: a file is added
		loadDir(t, dir, cache)
		damage(t, cache, 0)
		// The damage is where a summaries load does not look, and the
		// index it writes copies the texts as they are, damage and all.
		writeOld(t, filepath.Join(dir, "added.md"), "# Added\n")
		l := loadSummaries(t, dir, cache)
		if l.stats.parsed != 1+2 {
			t.Errorf("summaries load parsed %d, want the added file and the bundled ones", l.stats.parsed)
		}
		// Full finds the damage, and reads the file instead.
		sameSummaries(t, l, loadDir(t, dir, ""))
		f := loadDir(t, dir, cache)
		if f.stats.parsed != 1+2 {
			t.Errorf("full load parsed %d, want the damaged entry's file and the bundled ones", f.stats.parsed)
		}
		sameLibrary(t, loadDir(t, dir, cache), loadDir(t, dir, ""))
	})
}

// The summaries of an index lie together after the texts, so that a
// summaries load reads a small part of the file.
func TestSummariesLieTogether(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	loadDir(t, dir, cache)
	if left, _ := os.ReadDir(cache); len(left) != 2 {
		t.Errorf("the cache folder holds %d files, want the index and the build ID alone: %v", len(left), left)
	}
	idx, err := readIndex(indexFiles(t, cache)[0], buildID(mustAbs(t, cache)), mustAbs(t, dir), dir, true)
	if err != nil {
		t.Fatal(err)
	}
	texts := 0
	for p, e := range idx.all() {
		if int(e.summary.start) < idx.summariesAt || int(e.text.end) > idx.faqsAt || int(e.faq.start) < idx.faqsAt || int(e.faq.end) > idx.summariesAt {
			t.Errorf("%s: summary %+v, outline %+v, text %+v, outlines at %d, summaries at %d", p, e.summary, e.faq, e.text, idx.faqsAt, idx.summariesAt)
		}
		texts += int(e.text.end - e.text.start)
	}
	if summaries := len(idx.data) - idx.summariesAt; summaries*2 > texts {
		t.Errorf("summaries and table take %d bytes, texts %d: not much smaller", summaries, texts)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}
