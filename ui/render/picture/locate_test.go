//go:build unix

package picture

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Locate finds a picture inside the cache's folder the ways a site
// serves it, and looks at nothing outside: a site-root guess stops at
// the folder (a file above it is not found, though it is there), and an
// address naming a place outside comes back unlooked-at, for Draw to
// say why it is not shown.
func TestLocateStaysInTheFolder(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	lib, outside := filepath.Join(base, "lib"), filepath.Join(base, "outside")
	article := filepath.Join(lib, "posts", "trip")
	for _, p := range []string{
		filepath.Join(article, "flag.png"), filepath.Join(lib, "posts", "images", "rel.png"),
		filepath.Join(lib, "static", "images", "root.png"), filepath.Join(outside, "out.png"),
		filepath.Join(base, "static", "up.png"),
	} {
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		var b bytes.Buffer
		must(t, png.Encode(&b, gradient(4, 4)))
		must(t, os.WriteFile(p, b.Bytes(), 0o644))
	}
	must(t, os.Symlink(filepath.Join(outside, "out.png"), filepath.Join(article, "link.png")))

	c := NewCache(lib)
	defer c.Close()
	draw := func(image.Image) ([]string, error) { return []string{"drawn"}, nil }
	for _, tc := range []struct {
		src, found, drawn string
	}{
		{"flag.png", filepath.Join(article, "flag.png"), "drawn"},
		{"./flag.png?v=2#top", filepath.Join(article, "flag.png"), "drawn"},
		{"fl%61g.png", filepath.Join(article, "flag.png"), "drawn"},
		{"../images/rel.png", filepath.Join(lib, "posts", "images", "rel.png"), "drawn"},
		{"/images/root.png", filepath.Join(lib, "static", "images", "root.png"), "drawn"},
		{"missing.png", "", ""},
		// above the folder: there, but never looked for
		{"/up.png", "", ""},
		{"/outside/out.png", "", ""},
		// named outside: given back for Draw's note, never opened
		{"../../../outside/out.png", filepath.Join(outside, "out.png"), "(out.png not shown: outside the library's folders)"},
		{"../../../outside/none.png", filepath.Join(outside, "none.png"), "(none.png not shown: outside the library's folders)"},
		{"link.png", filepath.Join(article, "link.png"), "(link.png not shown: a link out of the library's folders)"},
	} {
		got := c.Locate(article, tc.src)
		if got != tc.found {
			t.Errorf("Locate(%q) = %q, want %q", tc.src, got, tc.found)
			continue
		}
		if got == "" {
			continue
		}
		lines, err := c.Draw(got, 60, 5, 0, 0, draw)
		if err != nil || strings.TrimSpace(strings.Join(lines, "\n")) != tc.drawn {
			t.Errorf("Draw(%q) = %q, %v; want %q", got, lines, err, tc.drawn)
		}
	}
	var none *Cache
	if got := none.Locate(article, "flag.png"); got != "" {
		t.Errorf("a nil cache located %q", got)
	}
	if got := c.Locate("", "flag.png"); got != "" {
		t.Errorf("an article with no folder located %q", got)
	}
}
