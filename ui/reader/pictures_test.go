package reader

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

// The reader draws pictures only from the folders of its picture cache:
// one inside is drawn, one climbing out is noted and not read; with no
// folders, none is drawn.
func TestReaderConfinesPictures(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	lib, outside := filepath.Join(base, "lib"), filepath.Join(base, "outside")
	red := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range red.Pix {
		red.Pix[i] = [4]uint8{255, 0, 0, 255}[i%4]
	}
	var data bytes.Buffer
	png.Encode(&data, red)
	for _, p := range []string{filepath.Join(lib, "in.png"), filepath.Join(outside, "out.png")} {
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	render := func(src string, pics *picture.Cache) string {
		a, _, err := library.Parse(filepath.Join(lib, "a.md"), []byte("---\ntitle: A\n---\n![alt]("+src+")\n"))
		if err != nil {
			t.Fatal(err)
		}
		k := docKey{slug: "a", width: 60, style: "dark", color: true, images: render.ImagesBlocks, rows: 4}
		msg := renderCmd(a, k, termenv.TrueColor, pics)().(RenderedMsg)
		if msg.err != nil {
			t.Fatal(msg.err)
		}
		return strings.Join(msg.doc.Lines, "\n")
	}
	pics := picture.NewCache(lib)
	defer pics.Close()
	if got := render("in.png", pics); !strings.ContainsAny(got, "▀▄") {
		t.Errorf("a picture inside the library is not drawn:\n%s", got)
	}
	got := render("../outside/out.png", pics)
	if strings.ContainsAny(got, "▀▄") || !strings.Contains(ansi.Strip(got), "out.png not shown: outside the library's folders") {
		t.Errorf("a picture outside the library is drawn, or not noted:\n%s", got)
	}
	if got := render("in.png", picture.NewCache()); strings.ContainsAny(got, "▀▄") {
		t.Errorf("a cache of no folders drew a picture:\n%s", got)
	}
}
