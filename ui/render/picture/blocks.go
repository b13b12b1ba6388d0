package picture

import (
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"

	"github.com/muesli/termenv"
)

// Blocks draws img, already scaled, with upper half blocks: each cell's
// foreground is the pixel above and its background the pixel below, in
// the profile's colours (true colour as 38;2;R;G;B). Transparent pixels
// are left to the terminal's background. Each line ends with a reset.
func Blocks(img *image.NRGBA, p termenv.Profile) []string {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	lines := make([]string, 0, (h+1)/2)
	var b strings.Builder
	for y := 0; y < h; y += 2 {
		b.Reset()
		last := "" // the colours set, written again only when they change
		set := func(seq string) {
			if seq != last {
				b.WriteString(seq)
				last = seq
			}
		}
		for x := range w {
			top := img.NRGBAAt(x, y)
			bottom := top
			bottom.A = 0
			if y+1 < h {
				bottom = img.NRGBAAt(x, y+1)
			}
			switch {
			case top.A < 128 && bottom.A < 128:
				set("\x1b[0m")
				b.WriteByte(' ')
			case top.A < 128:
				set("\x1b[0;" + colorSeq(p, bottom, false) + "m")
				b.WriteString("▄")
			case bottom.A < 128:
				set("\x1b[0;" + colorSeq(p, top, false) + "m")
				b.WriteString("▀")
			default:
				set("\x1b[" + colorSeq(p, top, false) + ";" + colorSeq(p, bottom, true) + "m")
				b.WriteString("▀")
			}
		}
		b.WriteString("\x1b[0m")
		lines = append(lines, b.String())
	}
	return lines
}

// colorSeq is the SGR parameters for c as a foreground (or background)
// colour in profile p: 38;2;R;G;B in true colour, else the nearest of
// the profile's colours.
func colorSeq(p termenv.Profile, c color.NRGBA, bg bool) string {
	if p == termenv.TrueColor {
		pre := "38;2;"
		if bg {
			pre = "48;2;"
		}
		return pre + strconv.Itoa(int(c.R)) + ";" + strconv.Itoa(int(c.G)) + ";" + strconv.Itoa(int(c.B))
	}
	tc := termenv.RGBColor(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B))
	if seq := p.Convert(tc); seq != nil {
		return seq.Sequence(bg)
	}
	return "0"
}
