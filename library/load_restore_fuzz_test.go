package library

import (
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzColdSummaries: whatever two files hold, a cold load of summaries,
// which reads them back from the index it writes, gives the summaries of
// a load of whole articles, and Full gives each whole again.
func FuzzColdSummaries(f *testing.F) {
	f.Add("---\ntitle: A\ntags: [x, y]\ndate: 2024-01-02\n---\n\n# A\n\n## FAQ\n\n### Why?\n\nBecause.\n", "plain text\n\nwith a paragraph\n")
	f.Add("+++\ntitle = \"T\"\n+++\nbody", "---\ntitle: \"never closed\n")
	f.Add("", "  \n")
	f.Fuzz(func(t *testing.T, a, b string) {
		dir, cache := t.TempDir(), t.TempDir()
		writeOld(t, filepath.Join(dir, "a.md"), a)
		writeOld(t, filepath.Join(dir, "sub", "b.txt"), b)
		src, err := DirSource(dir)
		if err != nil {
			t.Fatal(err)
		}
		whole := Load(Options{Drafts: true}, src)
		cold := Load(Options{Drafts: true, CacheDir: cache, Summaries: true}, src)
		if cold.stats.readBack != len(whole.Articles) || cold.stats.parsedAgain != 0 {
			t.Fatalf("%d articles: read back %d, parsed again %d", len(whole.Articles), cold.stats.readBack, cold.stats.parsedAgain)
		}
		if len(cold.Articles) != len(whole.Articles) || !reflect.DeepEqual(cold.Problems, whole.Problems) {
			t.Fatalf("articles %d, want %d; problems %v, want %v", len(cold.Articles), len(whole.Articles), cold.Problems, whole.Problems)
		}
		for i, w := range whole.Articles {
			g := cold.Articles[i]
			s := *g
			s.text = nil
			if want := summaryOf(w); !reflect.DeepEqual(&s, want) {
				t.Fatalf("%s: summary differs:\n got %+v\nwant %+v", w.Path, &s, want)
			}
			if f, err := cold.Full(g); err != nil || !reflect.DeepEqual(f, w) {
				t.Fatalf("%s: Full: %v\n got %+v\nwant %+v", w.Path, err, f, w)
			}
		}
	})
}
