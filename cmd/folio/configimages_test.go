package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The config's images setting is show's default for --images, and the
// flag still wins over it.
func TestConfigImages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	for i := range img.Pix {
		img.Pix[i] = 255 // white
	}
	img.Set(0, 0, color.RGBA{R: 255, A: 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dot.png"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pic.md"), []byte("# Pic\n\n![A white square](dot.png)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	conf := "dirs = [" + quote(dir) + "]\nbundled = false\nimages = \"blocks\"\n"
	show := []string{"show", "pic", "--color", "always", "--width", "40"}
	out, errs, code := folioConfig(t, conf, nil, show...)
	if code != exitOK || !strings.ContainsAny(out, "▀▄") {
		t.Errorf("images = \"blocks\": no half blocks, exit %d:\n%s\n%s", code, out, errs)
	}
	out, _, _ = folioConfig(t, conf, nil, append(show, "--images", "off")...)
	if strings.ContainsAny(out, "▀▄") || !strings.Contains(out, "A white square") {
		t.Errorf("--images off over the config: still a picture, or no alt text:\n%s", out)
	}
	out, _, _ = folioConfig(t, conf, nil, "config")
	if !strings.Contains(out, `images`) || !strings.Contains(out, `"blocks"`) {
		t.Errorf("folio config does not show images:\n%s", out)
	}
}
