package main

import (
	"os"
	"slices"
	"strings"

	"github.com/folio-reader/folio/ui/render"
	"github.com/folio-reader/folio/ui/render/picture"
	"golang.org/x/term"
)

// showImages sets how show draws pictures from --images: auto becomes
// what the terminal's environment says it can show (picture.Detect), and
// a picture takes at most half the terminal's height.
func showImages(o *render.Options, mode string, e *env) error {
	mode = strings.ToLower(strings.TrimSpace(mode))
	if !slices.Contains(render.ImageModes, mode) {
		return usageErr("--images must be one of %s, got %q", strings.Join(render.ImageModes, ", "), mode)
	}
	if mode == render.ImagesAuto {
		mode = picture.Detect(e.getenv)
	}
	o.Images = mode
	o.PictureRows = pictureRows(e)
	return nil
}

// pictureRows is half the terminal's height, or 12 when it is unknown.
func pictureRows(e *env) int {
	if f, ok := e.rawStdout().(*os.File); ok && e.tty {
		if _, h, err := term.GetSize(int(f.Fd())); err == nil && h > 1 {
			return h / 2
		}
	}
	return 12
}

// readerImages is how the reader draws pictures: with half blocks when
// there is colour and the config does not say images = "off" (a graphics
// protocol's picture would not scroll with the text), else as alt text.
func readerImages(color bool) string {
	if color {
		return render.ImagesBlocks
	}
	return render.ImagesOff
}
