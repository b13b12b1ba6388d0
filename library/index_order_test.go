package library

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/articles"
)

// orderFixture is a folder whose articles newLibrary leaves as parsed
// but for inferred tags: no name shared (with the bundled articles
// either), a draft, plain text with tags to infer, files Parse refuses,
// dates equal and apart.
func orderFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.md":            "---\ntitle: Alpha\ndate: 2024-05-01\ntags: [Gardening, Cooking]\n---\nBody.\n",
		"b.md":            "---\ntitle: beta\ndate: 2024-05-01\ntags: [Cooking]\n---\nBody.\n",
		"c.md":            "---\ntitle: Gamma\ndate: 2023-01-01\n---\nBody.\n",
		"draft.md":        "---\ntitle: Draft\ndraft: true\ndate: 2025-01-01\n---\nNot yet.\n",
		"broken.md":       "---\ntitle: \"never closed\n",
		"notes/plain.txt": "Notes on gardening\n\nSome plain text about cooking.\n",
		"sub/index.md":    "# Bundle\n\nUndated.\n",
		"undated.md":      "No frontmatter, no heading.\n",
	}
	for name, content := range files {
		writeOld(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	return dir
}

// loadOrdered loads dir (through the index in cache, "" for none) with
// the bundled articles and extra, whole or as summaries.
func loadOrdered(t *testing.T, dir, cache string, drafts, summaries bool, extra ...Source) *Library {
	t.Helper()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	srcs := append([]Source{{FS: articles.FS, Name: "bundled"}, src}, extra...)
	return Load(Options{Drafts: drafts, CacheDir: cache, Summaries: summaries}, srcs...)
}

// sameOrder fails unless got lists the articles of want, in its order,
// with the same names, IDs, slugs and tags, and finds them as want does.
func sameOrder(t *testing.T, got, want *Library) {
	t.Helper()
	if len(got.Articles) != len(want.Articles) {
		t.Fatalf("%d articles, want %d", len(got.Articles), len(want.Articles))
	}
	for i, w := range want.Articles {
		g := got.Articles[i]
		if g.Path != w.Path || g.Slug != w.Slug || g.ID != w.ID || g.Name != w.Name || g.Title != w.Title ||
			!g.Date.Equal(w.Date) || !equalStrings(g.InferredTags, w.InferredTags) || !equalStrings(g.Tags, w.Tags) {
			t.Fatalf("article %d:\n got %s %q %q %q %v\nwant %s %q %q %q %v", i, g.Path, g.Slug, g.ID, g.Name, g.InferredTags, w.Path, w.Slug, w.ID, w.Name, w.InferredTags)
		}
		if a, err := got.Find(w.Slug); err != nil || a == nil || a.Path != w.Path {
			t.Fatalf("Find(%q) = %v, %v; want %s", w.Slug, a, err, w.Path)
		}
	}
	if len(got.Problems) != len(want.Problems) {
		t.Fatalf("problems %v, want %v", got.Problems, want.Problems)
	}
	if !reflect.DeepEqual(got.Tags(), want.Tags()) || !reflect.DeepEqual(got.Categories(), want.Categories()) {
		t.Fatalf("tags %v and categories %v, want %v and %v", got.Tags(), got.Categories(), want.Tags(), want.Categories())
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The order kept beside an index gives the library newLibrary gives,
// from the second load on, whole or as summaries, with or without
// drafts; and a change to the folder, to the articles loaded from
// elsewhere, or to the order file itself is seen, never trusted.
func TestOrderKeptBesideTheIndex(t *testing.T) {
	t.Parallel()
	for _, summaries := range []bool{false, true} {
		dir, cache := orderFixture(t), t.TempDir()
		check := func(step string, drafts, ordered bool, extra ...Source) {
			t.Helper()
			want := loadOrdered(t, dir, "", drafts, summaries, extra...)
			got := loadOrdered(t, dir, cache, drafts, summaries, extra...)
			if got.stats.ordered != ordered {
				t.Fatalf("summaries %v, %s: put in the kept order %v, want %v", summaries, step, got.stats.ordered, ordered)
			}
			sameOrder(t, got, want)
			if !summaries && !ordered {
				sameLibrary(t, got, want)
			}
		}
		check("cold", false, false)
		check("warm", false, true)
		check("warm again", false, true)
		inferred := 0
		for _, a := range loadOrdered(t, dir, cache, false, summaries).Articles {
			inferred += len(a.InferredTags)
		}
		if inferred < 2 { // the bundled guide's, kept in the order file
			t.Fatalf("%d inferred tags: the fixture no longer has newLibrary change articles", inferred)
		}

		check("drafts kept", true, false) // kept for a load without drafts
		check("drafts kept, warm", true, true)
		check("drafts left out again", false, false)

		writeOld(t, filepath.Join(dir, "c.md"), "---\ntitle: Gamma\ndate: 2026-01-01\n---\nNewer now.\n")
		check("a file edited", false, false)
		check("after the edit", false, true)

		if err := os.Remove(filepath.Join(dir, "a.md")); err != nil {
			t.Fatal(err)
		}
		check("a file removed", false, false)
		check("after the removal", false, true)

		other := fstest.MapFS{"x.md": {Data: []byte("---\ntitle: Extra\ndate: 2020-01-01\n---\nx\n"), ModTime: time.Now()}}
		check("another source", false, false, Source{FS: other, Name: "more"})
		check("another source, again", false, true, Source{FS: other, Name: "more"})
		other["x.md"].Data = []byte("---\ntitle: Extra\ndate: 2027-01-01\n---\nx\n")
		check("another source's article changed", false, false, Source{FS: other, Name: "more"})
		check("another source, changed, again", false, true, Source{FS: other, Name: "more"})

		ords, _ := filepath.Glob(filepath.Join(cache, "*.ord"))
		if len(ords) != 1 {
			t.Fatalf("order files %v", ords)
		}
		data, err := os.ReadFile(ords[0])
		if err != nil {
			t.Fatal(err)
		}
		data[orderHeader] ^= 1 // the first entry's place
		if err := os.WriteFile(ords[0], data, 0o600); err != nil {
			t.Fatal(err)
		}
		check("a damaged order file", false, false)
		check("after the damage", false, true)
		if err := os.WriteFile(ords[0], data[:orderHeader+3], 0o600); err != nil {
			t.Fatal(err)
		}
		check("a short order file", false, false)

		// A file written just now is parsed each time, never indexed
		// (racyWindow): the index holds every other file unchanged.
		if err := os.WriteFile(filepath.Join(dir, "new.md"), []byte("---\ntitle: New\ndate: 2025-06-01\n---\nx\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		check("a file just written", false, false)
		check("a file just written, again", false, false)
		if err := os.Remove(filepath.Join(dir, "new.md")); err != nil {
			t.Fatal(err)
		}

		writeOld(t, filepath.Join(dir, "shared/a.md"), "---\ntitle: Shares a name\nslug: b\n---\nx\n")
		check("a name now shared", false, false)
		check("a name still shared", false, false) // no order is kept for it
	}
}

// LoadStream hands out the library's articles: the order kept changes
// none of them, and the library holds copies of those whose names or
// tags it gives.
func TestOrderKeptLeavesArticlesHandedOutAlone(t *testing.T) {
	t.Parallel()
	dir, cache := orderFixture(t), t.TempDir()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{CacheDir: cache, Summaries: true}
	Load(opts, src)
	want := Load(Options{Summaries: true}, src)
	var mu sync.Mutex
	var handed []*Article
	var before []Article
	l := LoadStream(opts, func(a *Article) {
		mu.Lock()
		defer mu.Unlock()
		handed, before = append(handed, a), append(before, *a)
	}, src)
	if !l.stats.ordered {
		t.Fatal("the stream's library was not put in the kept order")
	}
	sameOrder(t, l, want)
	for i, a := range handed {
		if a.Slug != before[i].Slug || !equalStrings(a.InferredTags, before[i].InferredTags) {
			t.Fatalf("%s changed after it was handed out", a.Path)
		}
	}
}

// FuzzOrderFile reads order files whose header and checksum hold but
// whose places and changes are anything: parseOrder never panics, and
// what writeOrder's encoding of a kept order gives is read back as it was.
func FuzzOrderFile(f *testing.F) {
	k := orderKey{generation: 7, entries: 3, others: 1, othersPrint: 99}
	f.Add([]byte{0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 1, 2, 8, 'r', 'e', 'v', 'i', 'e', 'w', 0, 0, 5, 4, 'T', 'a', 'g', 1, 4, 'T', 'a', 'g', 3, 0}, uint8(4))
	f.Add([]byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, body []byte, entries uint8) {
		k.entries = int(entries % 8)
		buf := append(k.header(), body...)
		binary.LittleEndian.PutUint32(buf[40:], crc32.Checksum(body, crcTable()))
		o, err := parseOrder(buf, k)
		if err != nil {
			return
		}
		if len(o.places) != k.entries+k.others {
			t.Fatalf("%d places for %d entries and %d others", len(o.places), k.entries, k.others)
		}
		again := filepath.Join(t.TempDir(), "x.ord")
		if err := writeOrder(again, k, o); err != nil {
			t.Fatal(err)
		}
		back, err := readOrder(again, k)
		if err != nil || !reflect.DeepEqual(normalOrder(back), normalOrder(o)) {
			t.Fatalf("written and read back: %+v, %v; want %+v", back, err, o)
		}
	})
}

// normalOrder is o with its empty lists as nil, which the coding does
// not tell apart from empty ones in every place.
func normalOrder(o keptOrder) keptOrder {
	for i := range o.changes {
		if len(o.changes[i].inferredTags) == 0 {
			o.changes[i].inferredTags = nil
		}
	}
	if len(o.changes) == 0 {
		o.changes = nil
	}
	return o
}
