package render

import (
	"github.com/charmbracelet/x/ansi"
	"strings"
)

// chunkBlocks renders a prepared chunk that holds block marks: its
// markdown between them with glamour, each block drawn here, one blank
// line between them as between paragraphs.
func (r *Renderer) chunkBlocks(md string) ([]string, error) {
	var out []string
	for _, s := range segments(md) {
		var lines []string
		var err error
		switch {
		case s.block == nil:
			lines, err = r.chunk(s.md)
		case strings.HasPrefix(s.block[0], blockMark+"picture:"):
			lines = r.drawPicture(s.block[0])
		default:
			lines, err = r.drawCallout(s.block[0], s.block[1:])
		}
		if err != nil {
			return nil, err
		}
		if len(lines) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, lines...)
	}
	return r.fit(out), nil
}

// fit cuts the lines a block drew to the width, as chunk does glamour's:
// a callout's title line is drawn here, not by glamour, and a long one
// is wrapped (found by FuzzPrepass).
func (r *Renderer) fit(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if !r.opts.Color {
			l = strings.TrimRight(l, " ")
		}
		if ansi.StringWidth(l) <= r.opts.Width {
			out = append(out, l)
			continue
		}
		for _, w := range strings.Split(ansi.Hardwrap(l, r.opts.Width, true), "\n") {
			out = append(out, ansi.Truncate(w, r.opts.Width, ""))
		}
	}
	return out
}

// withNotes puts the rendered "Notes" section after the document's lines.
func withNotes(lines, notes []string) []string {
	if len(notes) == 0 {
		return lines
	}
	if len(lines) > 0 {
		lines = append(lines, "")
	}
	return append(lines, notes...)
}

// isLeafMark: a block mark that stands alone, with no text and no end.
func isLeafMark(l string) bool { return strings.HasPrefix(l, blockMark+"picture:") }
