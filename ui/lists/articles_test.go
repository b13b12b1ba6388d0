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

// An article row filters on its title, tags (its own, else those
// inferred), categories and author, the title first: the delegate
// underlines the letters matched in the title.
func TestArticleRowFilterValue(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a    library.Article
		want string
	}{
		{library.Article{Title: "Retinol guide", Tags: []string{"skin", "night"}, Categories: []string{"Guides"}, Author: "Ann Lee"}, "Retinol guide skin night Guides Ann Lee"},
		{library.Article{Title: "Pasted review", InferredTags: []string{"serum"}}, "Pasted review serum  "},
		{library.Article{Title: "Bare"}, "Bare   "},
		{library.Article{Title: "Both", Tags: []string{"own"}, InferredTags: []string{"inferred"}, Categories: []string{"A b", "C"}}, "Both own A b C "},
	} {
		if got := ArticleItems([]*library.Article{&tc.a}, nil)[0].FilterValue(); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.a.Title, got, tc.want)
		}
	}
}
