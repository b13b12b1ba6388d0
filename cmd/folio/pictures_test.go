package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// show draws a picture only from inside the article's library folder,
// or, for a file read on its own, its folder: a path climbing with ../
// out of it is shown as its alt text under a note; an absolute path is
// looked for only inside the folder (as a site-root address), so it is
// its alt text.
func TestShowConfinesPictures(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	lib, outside := filepath.Join(base, "lib"), filepath.Join(base, "outside")
	var pngData bytes.Buffer
	red := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range red.Pix {
		red.Pix[i] = [4]uint8{255, 0, 0, 255}[i%4]
	}
	png.Encode(&pngData, red)
	for _, p := range []string{filepath.Join(lib, "posts", "in.png"), filepath.Join(lib, "img", "up.png"), filepath.Join(outside, "out.png")} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, pngData.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	articles := map[string]string{
		"inside":   "in.png",
		"up":       "../img/up.png", // climbs, but stays in the library
		"absolute": filepath.Join(outside, "out.png"),
		"climb":    "../../outside/out.png",
	}
	for slug, src := range articles {
		md := "---\ntitle: " + slug + "\n---\n![" + slug + " alt](" + src + ")\n"
		if err := os.WriteFile(filepath.Join(lib, "posts", slug+".md"), []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	show := func(args ...string) string {
		out, errs, code := folio(t, append([]string{"show", "--images", "blocks", "--color", "always", "--width", "60"}, args...)...)
		if code != exitOK {
			t.Fatalf("show %q: exit %d: %s", args, code, errs)
		}
		return out
	}
	for slug, drawn := range map[string]bool{"inside": true, "up": true, "absolute": false, "climb": false} {
		out := show(slug, "--no-bundled", "--dir", lib)
		if got := strings.ContainsAny(out, "▀▄"); got != drawn {
			t.Errorf("%s (%s): drawn %v, want %v:\n%s", slug, articles[slug], got, drawn, out)
		}
		if !drawn && !strings.Contains(out, slug+" alt") {
			t.Errorf("%s: no alt text:\n%s", slug, out)
		}
		// a path climbing out is noted; an absolute one is a site-root
		// address, looked for only inside the folder, and not found there
		if note := strings.Contains(out, "out.png not shown: outside the library's folders"); note != (slug == "climb") {
			t.Errorf("%s: note %v, want %v:\n%s", slug, note, slug == "climb", out)
		}
	}
	// A file read on its own: its folder is the limit, so ../img is out.
	if out := show(filepath.Join(lib, "posts", "inside.md")); !strings.ContainsAny(out, "▀▄") {
		t.Errorf("a file on its own: its own folder's picture is not drawn:\n%s", out)
	}
	if out := show(filepath.Join(lib, "posts", "up.md")); strings.ContainsAny(out, "▀▄") || !strings.Contains(out, "not shown") {
		t.Errorf("a file on its own: a picture above its folder is drawn:\n%s", out)
	}
}
