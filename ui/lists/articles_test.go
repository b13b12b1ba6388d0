package lists

import (
	"testing"

	"github.com/folio-reader/folio/library"
)

func TestArticleMetaFit(t *testing.T) {
	t.Parallel()
	m := articleMeta{head: []string{"2026-02-02", "Skin"}, tags: []string{"Alpha", "Beta", "Gamma"}, tail: "11 min"}
	for _, tc := range []struct {
		width int
		want  string
	}{
		{200, "2026-02-02 · Skin · Alpha, Beta, Gamma · 11 min"},
		{44, "2026-02-02 · Skin · Alpha, Beta, +1 · 11 min"},
		{43, "2026-02-02 · Skin · Alpha, +2 · 11 min"},
		{37, "2026-02-02 · Skin · 3 tags · 11 min"},
		{34, "2026-02-02 · Skin · 11 min"}, // the delegate cuts the rest
	} {
		if got := m.fit(tc.width); got != tc.want {
			t.Errorf("fit(%d) = %q, want %q", tc.width, got, tc.want)
		}
	}
}

// A row made for a copy of an article, which a loading batch listed, is
// pointed at the library's article when it still fits it; not when the
// article changed (its slug, tags inferred).
func TestRebindKeepsFittingRows(t *testing.T) {
	t.Parallel()
	arts := bundled(t).Articles
	copies := make([]*library.Article, len(arts))
	made := map[string]ArticleItem{}
	for i, a := range arts {
		c := *a
		copies[i] = &c
	}
	copies[1].Slug = "another-slug"
	for i, it := range ArticleItems(copies, nil) {
		r := it.(ArticleItem)
		r.filter = "made for the copy " + r.filter // told apart from one made again
		made[arts[i].Path] = r
	}
	for i, a := range arts {
		r := made[a.Path]
		if ok := r.Rebind(a); ok != (i != 1) {
			t.Errorf("row %d (%s) rebound %v, want %v", i, r.Slug, ok, i != 1)
		}
		if want := map[bool]*library.Article{true: copies[i], false: a}[i == 1]; r.art != want {
			t.Errorf("row %d is for %p, want %p", i, r.art, want)
		}
	}
	tagged := *arts[0]
	tagged.Tags, tagged.InferredTags = nil, []string{"inferred"}
	if made[arts[0].Path].Rebind(&tagged) {
		t.Error("a row was rebound to an article whose tags were inferred since")
	}
}
