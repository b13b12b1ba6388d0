package reader

import (
	"testing"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
)

// A picture takes at most half the reader's height; an article without
// pictures, or pictures turned off, keeps the document's key free of
// the height, so a change of height alone renders nothing again.
func TestPictureRowsHalfTheReader(t *testing.T) {
	t.Parallel()
	withPic := &library.Article{Links: []library.Link{{URL: "a.png", Image: true}}}
	plain := &library.Article{Links: []library.Link{{URL: "https://example.com"}}}
	for _, tc := range []struct {
		name   string
		art    *library.Article
		images string
		height int
		want   int
	}{
		{"picture, blocks", withPic, render.ImagesBlocks, 30, 15},
		{"picture, short reader", withPic, render.ImagesBlocks, 3, 2},
		{"no picture", plain, render.ImagesBlocks, 30, 0},
		{"pictures off", withPic, render.ImagesOff, 30, 0},
	} {
		m := Model{art: tc.art, cfg: Config{Images: tc.images}}
		m.vp.Height = tc.height
		if got := m.pictureRows(); got != tc.want {
			t.Errorf("%s: %d rows, want %d", tc.name, got, tc.want)
		}
	}
}
