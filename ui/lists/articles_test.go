package lists

import (
	"testing"
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
