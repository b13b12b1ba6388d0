// Package picture draws pictures in a terminal: decoded once (PNG, JPEG,
// GIF's first frame, WebP), scaled to fit a number of cells, and drawn
// with half-block characters in colour or with a graphics protocol
// (kitty, iTerm2, sixel). It does no terminal detection of its own
// beyond reading the environment it is given (Detect).
package picture

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"os"

	"github.com/folio-reader/folio/internal/safefile"

	// the formats Decode reads
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/webp"
)

// MaxFileSize is the largest picture file read; larger ones are not shown.
const MaxFileSize = 32 << 20

// maxPixels bounds a picture's declared size, checked before decoding,
// so a small file cannot claim a huge image: decoded, 30 megapixels take
// 120 MB.
const maxPixels = 30_000_000

// TooLargeError says a picture is past a limit of folio's, not read or
// not decoded: Why says which, as a note shows it.
type TooLargeError struct {
	Path string
	Why  string
}

func (e *TooLargeError) Error() string { return e.Path + ": " + e.Why + "; not shown" }

// load decodes the picture file name inside fs, or at path when fs is
// nil (for a GIF, its first frame). Like folio's own files, it reads
// only a regular file of at most MaxFileSize bytes (internal/safefile),
// so a FIFO or a device named as a picture cannot hang a render. A file
// past MaxFileSize, or a picture past maxPixels (told by its header,
// before decoding), is a *TooLargeError. path names the file in errors.
func load(fs *os.Root, name, path string) (image.Image, error) {
	var data []byte
	var err error
	if fs == nil {
		data, err = safefile.ReadRegular(path, MaxFileSize)
	} else {
		data, err = safefile.ReadRegularIn(fs, name, MaxFileSize)
	}
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, &TooLargeError{Path: path, Why: fmt.Sprintf("larger than %d MiB", MaxFileSize>>20)}
	}
	if err != nil {
		return nil, err
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("%s: a picture of no pixels", path)
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return nil, &TooLargeError{Path: path, Why: fmt.Sprintf("%d×%d pixels, more than %d megapixels", cfg.Width, cfg.Height, maxPixels/1_000_000)}
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

// Fit is the size in pixels a w×h picture is scaled to so that it fits
// cols cells across and rows cells down, two pixels a cell down (the
// half-blocks' pixels are about square), keeping its proportions and
// never enlarging it past twice its size.
func Fit(w, h, cols, rows int) (int, int) {
	if w <= 0 || h <= 0 || cols <= 0 || rows <= 0 {
		return 0, 0
	}
	maxW, maxH := cols, rows*2
	tw, th := maxW, h*maxW/w
	if th > maxH {
		tw, th = w*maxH/h, maxH
	}
	if tw > 2*w || th > 2*h { // a tiny icon is not blown up to the whole width
		tw, th = min(tw, 2*w), min(th, 2*h)
	}
	return max(tw, 1), max(th, 1)
}

// Scale returns img scaled to w×h pixels, each the average of a grid of
// samples from the area it covers.
func Scale(img image.Image, w, h int) *image.NRGBA {
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	b := img.Bounds()
	sw, sh := b.Dx(), b.Dy()
	if sw == 0 || sh == 0 {
		return out
	}
	const samples = 4 // per side of each output pixel's area
	for y := range h {
		y0, y1 := b.Min.Y+y*sh/h, b.Min.Y+(y+1)*sh/h
		for x := range w {
			x0, x1 := b.Min.X+x*sw/w, b.Min.X+(x+1)*sw/w
			var r, g, bl, a, n uint32
			for sy := range samples {
				py := y0 + (y1-y0)*sy/samples
				if py >= y1 && sy > 0 {
					break
				}
				for sx := range samples {
					px := x0 + (x1-x0)*sx/samples
					if px >= x1 && sx > 0 {
						break
					}
					cr, cg, cb, ca := img.At(px, py).RGBA()
					r, g, bl, a, n = r+cr, g+cg, bl+cb, a+ca, n+1
				}
			}
			if n == 0 {
				continue
			}
			i := out.PixOffset(x, y)
			a /= n
			if a > 0 { // premultiplied sums back to straight colour
				out.Pix[i] = uint8(min(r/n*0xffff/a, 0xffff) >> 8)
				out.Pix[i+1] = uint8(min(g/n*0xffff/a, 0xffff) >> 8)
				out.Pix[i+2] = uint8(min(bl/n*0xffff/a, 0xffff) >> 8)
			}
			out.Pix[i+3] = uint8(a >> 8)
		}
	}
	return out
}
