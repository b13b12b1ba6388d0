package render

import (
	stdimage "image"
	"path/filepath"
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

// The ways pictures are drawn (Options.Images).
const (
	ImagesOff    = "off"    // alt text (the default, and always without colour)
	ImagesAuto   = "auto"   // as the terminal can: callers resolve it with picture.Detect; here, blocks
	ImagesBlocks = "blocks" // half-block characters in colour: works in any true-colour terminal and in the reader
	ImagesKitty  = "kitty"  // the kitty graphics protocol (kitty, Ghostty)
	ImagesITerm  = "iterm"  // iTerm2's inline images (iTerm2, WezTerm)
	ImagesSixel  = "sixel"  // DEC sixel (foot, mlterm, Windows Terminal)
)

// ImageModes lists the values Options.Images takes.
var ImageModes = []string{ImagesAuto, ImagesKitty, ImagesITerm, ImagesSixel, ImagesBlocks, ImagesOff}

// defaultPictureRows is the most rows a picture takes when
// Options.PictureRows does not say: half of a 24-line screen.
const defaultPictureRows = 12

var (
	pictureLine = lazyre.New(`^!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)$`)
	inlinePic   = lazyre.New(`!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	// a linked picture, [![alt](src)](href): the picture is the link's text
	linkedPic     = lazyre.New(`\[\s*!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)\s*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	linkedPicLine = lazyre.New(`^` + linkedPic.String() + `$`)
)

// drawsPictures reports whether the options draw pictures: a way is set
// and there is colour to draw them with.
func drawsPictures(o Options) bool {
	return o.Images != "" && o.Images != ImagesOff && o.Color && o.Profile != termenv.Ascii
}

// articleDir is the folder an article was read from, for its relative
// pictures ("" for an article with no path).
func articleDir(p string) string {
	if p == "" {
		return ""
	}
	return filepath.Dir(p)
}

// isRemote reports whether a picture's address is on the web (or data:).
func isRemote(src string) bool {
	lower := strings.ToLower(src)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") ||
		strings.HasPrefix(lower, "//") || strings.HasPrefix(lower, "data:")
}

// localPicture is the file a local picture's address names, found by
// the picture cache within the article's library folder (nothing
// outside it is looked at: picture.Cache.Locate); "" for a web address,
// for an article with no folder and without a cache.
func (p *prepass) localPicture(src string) string {
	if isRemote(src) {
		return ""
	}
	return p.pics.Locate(p.dir, src)
}

// pictureLine turns a picture alone on its line, linked or not, into a
// picture block (when pictures are drawn and the file is there) or its
// alt text.
func (p *prepass) pictureLine(t string, i int) (int, []string, bool) {
	var alt, src, href string
	if m := pictureLine.FindStringSubmatch(t); m != nil {
		alt, src = strings.TrimSpace(m[1]), m[2]
	} else if m := linkedPicLine.FindStringSubmatch(t); m != nil {
		alt, src, href = strings.TrimSpace(m[1]), m[2], m[3]
	} else {
		return 0, nil, false
	}
	if p.pictures {
		if f := p.localPicture(src); f != "" {
			return i + 1, []string{blockMark + "picture:" + f + "\t" + alt + "\t" + href}, true
		}
	}
	if href != "" {
		return i + 1, []string{linkedPictureText(alt, src, href)}, true
	}
	return i + 1, []string{pictureText(alt, src)}, true
}

// linkedPictureText is a linked picture as text: one link, whose text
// is the picture's alt text.
func linkedPictureText(alt, src, href string) string {
	if alt == "" {
		alt = "picture"
		if !isRemote(src) {
			alt = filepath.Base(src)
		}
	}
	return "[▣ " + strings.NewReplacer("[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`).Replace(alt) + "](" + href + ")"
}

// inlinePictures shows the pictures within a line of text as their alt
// text, a linked one as one link.
func (p *prepass) inlinePictures(l string) string {
	if strings.Contains(l, "[![") || strings.Contains(l, "[ ![") {
		l = linkedPic.ReplaceAllStringFunc(l, func(s string) string {
			m := linkedPic.FindStringSubmatch(s)
			return linkedPictureText(strings.TrimSpace(m[1]), m[2], m[3])
		})
	}
	return inlinePic.ReplaceAllStringFunc(l, func(s string) string {
		m := inlinePic.FindStringSubmatch(s)
		return pictureText(strings.TrimSpace(m[1]), m[2])
	})
}

// pictureText is a picture as text: its alt text marked as a picture,
// a link for a picture on the web, the file's name for a local one
// without alt text.
func pictureText(alt, src string) string {
	if isRemote(src) && !strings.HasPrefix(strings.ToLower(src), "data:") {
		if alt == "" {
			alt = "picture"
		}
		return "▣ [" + alt + "](" + src + ")"
	}
	if alt == "" {
		alt = filepath.Base(src)
	}
	return "▣ *" + strings.ReplaceAll(alt, "*", `\*`) + "*"
}

// drawPicture draws a picture block: the picture in the way the options
// say, and its alt text below; only the alt text when it cannot be read.
func (r *Renderer) drawPicture(mark string) []string {
	path, alt, _ := strings.Cut(strings.TrimPrefix(mark, blockMark+"picture:"), "\t")
	alt, href, _ := strings.Cut(alt, "\t")
	caption := "  ▣ " + alt
	if alt == "" {
		caption = "  ▣ " + filepath.Base(path)
	}
	if href != "" {
		caption += " " + href
	}
	cols := max(r.opts.Width-4, 1)
	rows := r.opts.PictureRows
	if rows <= 0 {
		rows = defaultPictureRows
	}
	mode := r.opts.Images
	if mode == ImagesAuto {
		mode = ImagesBlocks
	}
	modeKey := map[string]int{ImagesBlocks: 0, ImagesKitty: 1, ImagesITerm: 2, ImagesSixel: 3}[mode]
	lines, err := r.opts.Pictures.Draw(path, cols, rows, modeKey, int(r.opts.Profile), func(img stdimage.Image) ([]string, error) {
		b := img.Bounds()
		w, h := picture.Fit(b.Dx(), b.Dy(), cols, rows)
		switch mode {
		case ImagesKitty, ImagesITerm, ImagesSixel:
			cellRows := (h + 1) / 2
			big := picture.Scale(img, w*picture.CellPixels, h*picture.CellPixels)
			var seq string
			switch mode {
			case ImagesKitty:
				seq = picture.Kitty(big, w, cellRows)
			case ImagesITerm:
				seq = picture.ITerm(big, w, cellRows)
			default:
				seq = picture.Sixel(picture.Scale(img, w*picture.CellPixels, h*picture.CellPixels))
			}
			out := []string{"  " + seq}
			if mode == ImagesKitty { // the cursor stays: make room below
				for range cellRows - 1 {
					out = append(out, "")
				}
			}
			return out, nil
		}
		lines := picture.Blocks(picture.Scale(img, w, h), r.opts.Profile)
		for i, l := range lines {
			lines[i] = "  " + l
		}
		return lines, nil
	})
	if err != nil || len(lines) == 0 {
		return []string{caption}
	}
	return append(append([]string(nil), lines...), caption)
}
