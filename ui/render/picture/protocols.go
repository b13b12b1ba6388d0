package picture

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color/palette"
	"image/draw"
	"image/png"
	"strconv"
	"strings"
)

// The protocols draw the picture itself, at the terminal's resolution,
// over a box of cells. Pictures are sent scaled to about CellPixels per
// half-block pixel: enough detail for any box folio asks for, far less
// than a photograph's full size.
const CellPixels = 8

// Kitty is the kitty graphics protocol's escape sequence that shows img
// (already scaled) over cols×rows cells from the cursor, leaving the
// cursor where it was (C=1): the caller then writes rows lines. The PNG
// is sent in chunks of 4096 base64 bytes, as the protocol asks.
func Kitty(img image.Image, cols, rows int) string {
	data := encodePNG(img)
	var b strings.Builder
	first := true
	for len(data) > 0 || first {
		n := min(len(data), 4096)
		more := "0"
		if n < len(data) {
			more = "1"
		}
		b.WriteString("\x1b_G")
		if first {
			b.WriteString("a=T,f=100,q=2,C=1,c=" + strconv.Itoa(cols) + ",r=" + strconv.Itoa(rows) + ",")
			first = false
		}
		b.WriteString("m=" + more + ";")
		b.WriteString(data[:n])
		b.WriteString("\x1b\\")
		data = data[n:]
	}
	return b.String()
}

// ITerm is iTerm2's inline image escape sequence (also read by WezTerm)
// that shows img over cols×rows cells.
func ITerm(img image.Image, cols, rows int) string {
	data := encodePNG(img)
	return "\x1b]1337;File=inline=1;size=" + strconv.Itoa(base64.StdEncoding.DecodedLen(len(data))) +
		";width=" + strconv.Itoa(cols) + ";height=" + strconv.Itoa(rows) + ";preserveAspectRatio=1:" + data + "\a"
}

func encodePNG(img image.Image) string {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return ""
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes())
}

// Sixel is the DEC sixel sequence of img (already scaled to the pixels
// it should take), in the 216 web-safe colours with Floyd–Steinberg
// dithering; transparent pixels are left undrawn.
func Sixel(img image.Image) string {
	bounds := img.Bounds()
	pal := image.NewPaletted(bounds, palette.WebSafe)
	draw.FloydSteinberg.Draw(pal, bounds, img, bounds.Min)
	alpha := func(x, y int) bool { _, _, _, a := img.At(x, y).RGBA(); return a >= 0x8000 }
	w, h := bounds.Dx(), bounds.Dy()
	var b strings.Builder
	b.WriteString("\x1bP0;1;0q\"1;1;" + strconv.Itoa(w) + ";" + strconv.Itoa(h))
	for i, c := range pal.Palette {
		r, g, bl, _ := c.RGBA()
		b.WriteString("#" + strconv.Itoa(i) + ";2;" + strconv.Itoa(int(r*100/0xffff)) + ";" + strconv.Itoa(int(g*100/0xffff)) + ";" + strconv.Itoa(int(bl*100/0xffff)))
	}
	row := make([]byte, w)
	for band := 0; band < h; band += 6 {
		used := map[uint8]bool{}
		for y := band; y < min(band+6, h); y++ {
			for x := range w {
				if alpha(bounds.Min.X+x, bounds.Min.Y+y) {
					used[pal.ColorIndexAt(bounds.Min.X+x, bounds.Min.Y+y)] = true
				}
			}
		}
		firstColor := true
		for ci := range len(pal.Palette) {
			if !used[uint8(ci)] {
				continue
			}
			for x := range w {
				var bits byte
				for k := 0; k < 6 && band+k < h; k++ {
					px, py := bounds.Min.X+x, bounds.Min.Y+band+k
					if pal.ColorIndexAt(px, py) == uint8(ci) && alpha(px, py) {
						bits |= 1 << k
					}
				}
				row[x] = 63 + bits
			}
			if !firstColor {
				b.WriteByte('$') // back to the band's start
			}
			firstColor = false
			b.WriteString("#" + strconv.Itoa(ci))
			writeRLE(&b, row)
		}
		b.WriteByte('-')
	}
	b.WriteString("\x1b\\")
	return b.String()
}

// writeRLE writes a sixel row, runs of more than three as !n.
func writeRLE(b *strings.Builder, row []byte) {
	for i := 0; i < len(row); {
		j := i
		for j < len(row) && row[j] == row[i] {
			j++
		}
		if n := j - i; n > 3 {
			b.WriteString("!" + strconv.Itoa(n))
			b.WriteByte(row[i])
		} else {
			for range n {
				b.WriteByte(row[i])
			}
		}
		i = j
	}
}

// Detect names the way the terminal described by the environment shows
// pictures: "kitty" for kitty and Ghostty (KITTY_WINDOW_ID, TERM
// xterm-kitty or xterm-ghostty, TERM_PROGRAM ghostty), "iterm" for
// iTerm2 and WezTerm (TERM_PROGRAM iTerm.app or WezTerm, LC_TERMINAL
// iTerm2), "sixel" for foot, mlterm and Windows Terminal (TERM foot* or
// mlterm*, WT_SESSION), else "blocks" in a true-colour terminal
// (COLORTERM truecolor or 24bit) and "off" in any other. Inside tmux or
// screen, whose passthrough of graphics is off by default, it is
// "blocks" or "off". It asks the terminal nothing.
func Detect(getenv func(string) string) string {
	term, prog := getenv("TERM"), getenv("TERM_PROGRAM")
	truecolor := getenv("COLORTERM") == "truecolor" || getenv("COLORTERM") == "24bit"
	multiplexed := getenv("TMUX") != "" || strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux")
	switch {
	case multiplexed:
	case getenv("KITTY_WINDOW_ID") != "" || term == "xterm-kitty" || term == "xterm-ghostty" || strings.EqualFold(prog, "ghostty"):
		return "kitty"
	case prog == "iTerm.app" || prog == "WezTerm" || getenv("LC_TERMINAL") == "iTerm2":
		return "iterm"
	case strings.HasPrefix(term, "foot") || strings.HasPrefix(term, "mlterm") || getenv("WT_SESSION") != "":
		return "sixel"
	}
	if truecolor {
		return "blocks"
	}
	return "off"
}
