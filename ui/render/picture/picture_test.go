package picture

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/muesli/termenv"
)

// gradient is a w×h picture: red rising to the right, blue downwards.
func gradient(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetNRGBA(x, y, color.NRGBA{uint8(x * 255 / max(w-1, 1)), 40, uint8(y * 255 / max(h-1, 1)), 255})
		}
	}
	return img
}

func write(t testing.TB, name string, enc func(*bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := enc(&buf); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadFormats(t *testing.T) {
	t.Parallel()
	img := gradient(40, 20)
	for name, enc := range map[string]func(*bytes.Buffer) error{
		"a.png": func(b *bytes.Buffer) error { return png.Encode(b, img) },
		"a.jpg": func(b *bytes.Buffer) error { return jpeg.Encode(b, img, nil) },
		"a.gif": func(b *bytes.Buffer) error {
			p := image.NewPaletted(img.Bounds(), []color.Color{color.Black, color.White})
			return gif.EncodeAll(b, &gif.GIF{Image: []*image.Paletted{p, p}, Delay: []int{1, 1}})
		},
	} {
		got, err := loadPath(write(t, name, enc))
		if err != nil || got.Bounds().Dx() != 40 || got.Bounds().Dy() != 20 {
			t.Errorf("%s: %v, %v", name, got, err)
		}
	}
	if _, err := loadPath(write(t, "bad.png", func(b *bytes.Buffer) error { b.WriteString("not a picture"); return nil })); err == nil || !strings.Contains(err.Error(), "bad.png") {
		t.Errorf("a bad file: error %v does not name it", err)
	}
	if _, err := loadPath(t.TempDir()); err == nil {
		t.Error("a folder loaded as a picture")
	}
}

func TestFit(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ w, h, cols, rows, tw, th int }{
		{2000, 2000, 76, 12, 24, 24}, // tall: the rows limit it
		{2000, 1000, 76, 40, 76, 38}, // wide: the width limits it
		{16, 8, 76, 12, 32, 16},      // small: at most twice its size
		{1, 10000, 76, 12, 1, 24},    // a sliver keeps a pixel
		{4000, 10, 76, 12, 76, 1},    // a strip keeps a row
	} {
		if tw, th := Fit(tt.w, tt.h, tt.cols, tt.rows); tw != tt.tw || th != tt.th {
			t.Errorf("Fit(%d, %d, %d, %d) = %d×%d, want %d×%d", tt.w, tt.h, tt.cols, tt.rows, tw, th, tt.tw, tt.th)
		}
	}
}

func TestScaleAverages(t *testing.T) {
	t.Parallel()
	img := image.NewNRGBA(image.Rect(0, 0, 4, 4))
	for y := range 4 {
		for x := range 4 {
			c := color.NRGBA{0, 0, 0, 255}
			if (x+y)%2 == 0 {
				c = color.NRGBA{200, 100, 0, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	got := Scale(img, 1, 1).NRGBAAt(0, 0)
	if got.R < 90 || got.R > 110 || got.G < 40 || got.G > 60 || got.A != 255 {
		t.Errorf("a checkerboard scaled to one pixel is %v, want about (100, 50, 0)", got)
	}
}

func TestBlocks(t *testing.T) {
	t.Parallel()
	img := image.NewNRGBA(image.Rect(0, 0, 3, 3))
	for x := range 3 {
		img.SetNRGBA(x, 0, color.NRGBA{255, 0, 0, 255})
		img.SetNRGBA(x, 1, color.NRGBA{0, 0, 255, 255})
		img.SetNRGBA(x, 2, color.NRGBA{0, 255, 0, 255})
	}
	img.SetNRGBA(2, 2, color.NRGBA{}) // transparent
	lines := Blocks(img, termenv.TrueColor)
	if len(lines) != 2 {
		t.Fatalf("%d lines for 3 pixel rows, want 2", len(lines))
	}
	if !strings.Contains(lines[0], "38;2;255;0;0;48;2;0;0;255m▀") {
		t.Errorf("first line %q: want red over blue", lines[0])
	}
	if !strings.Contains(lines[1], "38;2;0;255;0m▀") || !strings.HasSuffix(lines[1], " \x1b[0m") {
		t.Errorf("last line %q: want green tops and a blank for the transparent pixel", lines[1])
	}
	if l := Blocks(img, termenv.ANSI256)[0]; !strings.Contains(l, "38;5;") {
		t.Errorf("256 colours: %q", l)
	}
}

func TestDetect(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"KITTY_WINDOW_ID": "1", "TERM": "xterm-kitty"}, "kitty"},
		{map[string]string{"TERM": "xterm-ghostty"}, "kitty"},
		{map[string]string{"TERM_PROGRAM": "iTerm.app"}, "iterm"},
		{map[string]string{"TERM_PROGRAM": "WezTerm"}, "iterm"},
		{map[string]string{"TERM": "foot"}, "sixel"},
		{map[string]string{"WT_SESSION": "x"}, "sixel"},
		{map[string]string{"TERM": "xterm-256color", "COLORTERM": "truecolor"}, "blocks"},
		{map[string]string{"TERM": "xterm-256color"}, "off"},
		{map[string]string{"TERM": "xterm-kitty", "TMUX": "/tmp/x", "COLORTERM": "truecolor"}, "blocks"},
	} {
		if got := Detect(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("Detect(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

func TestProtocols(t *testing.T) {
	t.Parallel()
	img := gradient(200, 120)
	x := uint32(2463534242)
	for i := range img.Pix { // noise, so the PNG needs several chunks
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		img.Pix[i] = uint8(x)
	}
	k := Kitty(img, 20, 6)
	if !strings.HasPrefix(k, "\x1b_Ga=T,f=100,q=2,C=1,c=20,r=6,m=1;") || !strings.HasSuffix(k, "m=0;"+k[strings.LastIndex(k, "m=0;")+4:]) {
		t.Errorf("kitty sequence starts %q", k[:min(len(k), 60)])
	}
	for _, chunk := range strings.Split(k, "\x1b\\") {
		if _, data, ok := strings.Cut(chunk, ";"); ok && len(data) > 4096 {
			t.Errorf("a kitty chunk of %d bytes, more than 4096", len(data))
		}
	}
	if it := ITerm(img, 20, 6); !strings.HasPrefix(it, "\x1b]1337;File=inline=1;") || !strings.Contains(it, "width=20;height=6") || !strings.HasSuffix(it, "\a") {
		t.Errorf("iTerm sequence %q…", it[:60])
	}
	s := Sixel(gradient(10, 7))
	if !strings.HasPrefix(s, "\x1bP0;1;0q\"1;1;10;7") || !strings.HasSuffix(s, "-\x1b\\") || strings.Count(s, "-") != 2 {
		t.Errorf("sixel: want a 10×7 raster in two bands, got %q…", s[:min(len(s), 40)])
	}
}

func TestCache(t *testing.T) {
	t.Parallel()
	p := write(t, "a.png", func(b *bytes.Buffer) error { return png.Encode(b, gradient(8, 8)) })
	var c Cache
	calls := 0
	draw := func(img image.Image) ([]string, error) { calls++; return []string{"x"}, nil }
	for range 3 {
		if _, err := c.Draw(p, 10, 5, 0, 0, draw); err != nil {
			t.Fatal(err)
		}
	}
	c.Draw(p, 11, 5, 0, 0, draw)
	if calls != 2 {
		t.Errorf("drawn %d times for two sizes, want 2", calls)
	}
}

// BenchmarkDecodeScale2000: issue 13 asks ≤ 50 ms to decode a 2000×2000
// picture and scale it to fit 76 columns and 12 rows.
func BenchmarkDecodeScale2000(b *testing.B) {
	img := gradient(2000, 2000)
	for _, f := range []struct {
		name string
		enc  func(*bytes.Buffer) error
	}{
		{"jpeg", func(buf *bytes.Buffer) error { return jpeg.Encode(buf, img, &jpeg.Options{Quality: 85}) }},
		{"png", func(buf *bytes.Buffer) error { return png.Encode(buf, img) }},
	} {
		p := write(b, "big."+f.name, f.enc)
		b.Run(f.name+"-decode", func(b *testing.B) {
			for b.Loop() {
				if _, err := loadPath(p); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				got, err := loadPath(p)
				if err != nil {
					b.Fatal(err)
				}
				w, h := Fit(2000, 2000, 76, 12)
				Blocks(Scale(got, w, h), termenv.TrueColor)
			}
		})
	}
}

// loadPath decodes the picture at path, confined to no folder.
func loadPath(path string) (image.Image, error) { return load(nil, path, path) }
