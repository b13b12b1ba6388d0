package lists

import (
	"strings"
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

// The whole library's rows take the filter text of the rows made for the
// copies a loading batch listed, where they still fit, and point at the
// library's articles, not at the copies; a row whose article changed
// (its slug, tags inferred) is made again.
func TestArticleItemsFromReusesFittingRows(t *testing.T) {
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
	items := ArticleItemsFrom(arts, nil, func(a *library.Article) ArticleItem { return made[a.Path] })
	for i, it := range items {
		r := it.(ArticleItem)
		if r.art != arts[i] || r.Slug != arts[i].Slug {
			t.Errorf("row %d is for %p (%s), not the library's article %p (%s)", i, r.art, r.Slug, arts[i], arts[i].Slug)
		}
		if reused := strings.HasPrefix(r.filter, "made for the copy "); reused != (i != 1) {
			t.Errorf("row %d: filter text reused %v, want %v", i, reused, i != 1)
		}
	}
}
