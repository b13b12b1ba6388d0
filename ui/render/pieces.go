package render

import (
	"strings"
)

// A chunk runs from one heading to the next, and a long changelog or an
// awesome-list has few headings or none: a 1 MB chunk is one glamour
// render on one core. A long chunk is rendered in pieces instead, cut
// between its top-level blocks, the pieces on every core and stacked
// with a blank line between, as glamour stacks blocks. The cut is
// decided from the chunk's text alone, so Render and RenderParallel cut
// alike and give the same lines. Chunks under pieceMin are whole, as
// every article of ordinary length is.
const (
	pieceMin  = 48 << 10 // a chunk this long or longer is cut
	pieceSize = 16 << 10 // into pieces of about this much
)

// pieces cuts prepared markdown (after the pre-pass) into pieces of
// about pieceSize bytes at blank lines that end a top-level block: the
// next line starts at the margin, outside fenced code, a pre-pass block
// and a raw HTML element (<pre>, <script>…) that may hold blank lines.
func pieces(md string) []string {
	if len(md) < pieceMin {
		return []string{md}
	}
	var out []string
	start, fence, marks, raw := 0, "", 0, ""
	blank := false
	for at := 0; at < len(md); {
		end := strings.IndexByte(md[at:], '\n')
		if end < 0 {
			end = len(md) - at
		}
		l := md[at : at+end]
		next := at + end + 1
		t := strings.TrimSpace(l)
		switch {
		case fence != "":
			if f := fenceOf(l); f != "" && f[0] == fence[0] && len(f) >= len(fence) && strings.Trim(t, f[:1]) == "" {
				fence = ""
			}
		case raw != "":
			if strings.Contains(strings.ToLower(l), "</"+raw) {
				raw = ""
			}
		case strings.HasPrefix(l, blockMark):
			if l == blockEnd {
				marks--
			} else if !isLeafMark(l) {
				marks++
			}
		case t == "":
			blank = true
			at = next
			continue
		default:
			if blank && marks == 0 && at-start >= pieceSize && l[0] != ' ' && l[0] != '\t' {
				out = append(out, md[start:at])
				start = at
			}
			if f := fenceOf(l); f != "" {
				fence = f
			} else if name := rawElement(t); name != "" && !strings.Contains(strings.ToLower(t), "</"+name) {
				raw = name
			}
		}
		blank = false
		at = next
	}
	return append(out, md[start:])
}

// rawElement is the name of the HTML element a line opens whose content
// may hold blank lines (CommonMark's HTML blocks of kind 1), or "".
func rawElement(t string) string {
	lower := strings.ToLower(t)
	for _, name := range []string{"pre", "script", "style", "textarea"} {
		if strings.HasPrefix(lower, "<"+name) {
			return name
		}
	}
	return ""
}

// fenceOf is the run of ``` or ~~~ that opens l, as the library reads
// fences (indented as a list item's content or not).
func fenceOf(l string) string {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 12 || len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return ""
	}
	return t[:n]
}

// joinPieces stacks the lines of a chunk's rendered pieces, a blank line
// between two that have lines.
func joinPieces(rendered [][]string) []string {
	if len(rendered) == 1 {
		return rendered[0]
	}
	var out []string
	for _, p := range rendered {
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, p...)
	}
	return out
}

// renderChunk renders one prepared chunk, piece after piece.
func (r *Renderer) renderChunk(md string) ([]string, error) {
	ps := pieces(md)
	rendered := make([][]string, len(ps))
	for i, p := range ps {
		lines, err := r.chunk(p)
		if err != nil {
			return nil, err
		}
		rendered[i] = lines
	}
	return joinPieces(rendered), nil
}
