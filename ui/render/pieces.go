package render

import (
	"strconv"
	"strings"
)

// A chunk runs from one heading to the next, and a long changelog or an
// awesome-list has few headings or none: a 1 MB chunk is one glamour
// render on one core. A long chunk is rendered in pieces instead, the
// pieces on every core and stacked in order. The cut is decided from
// the chunk's text alone, so Render and RenderParallel cut alike and
// give the same lines. Chunks under pieceMin are whole, as every
// article of ordinary length is, unless one of their blocks is past a
// cap below.
//
// A piece ends between top-level blocks once it has pieceSize bytes,
// and is then stacked with a blank line, as glamour stacks blocks. A
// single block can cost glamour time quadratic in its length — a fenced
// code block's lines are joined one by one, a list item counts its
// siblings to number itself — and one long table, list, paragraph or
// code block would be one render; so a block is cut inside too, once
// the piece holds pieceMax bytes or costs pieceCost (deep nesting makes
// a few kilobytes cost as much as a megabyte of prose), maxCodeLines
// lines of code, maxListItems items or maxTableRows rows:
//   - a fenced code block is closed and opened again with its info
//     string, before a line at the margin (codeCut): the two halves
//     draw as one block (only the highlighting of a construct spanning
//     the cut can differ);
//   - a list is cut before an item, and an ordered list's next piece
//     starts at the number it had reached: the halves draw as one list;
//   - a table is cut before a row, and its next piece starts with the
//     header again: a table of thousands of rows draws as tables under
//     the same header (docs/safety.md);
//   - indented code is cut between two lines that are not blank;
//   - any other block (a paragraph, a quote) is cut at a line, and a
//     line longer than pieceMax at a space: the halves are stacked with
//     no blank line, and only the wrapping next to the cut can differ.
//
// Those stacked with no blank line are a piece's cont.
const (
	pieceMin     = 48 << 10 // a chunk this long or longer is cut
	pieceSize    = 16 << 10 // into pieces of about this much
	pieceMax     = 32 << 10 // a block is cut inside past this
	pieceCost    = 8000     // or past this cost (plain.go), at width 80
	markCost     = 20       // the cost of a pre-pass block's mark: folio draws the block itself
	maxCodeLines = 1000     // lines of code in a piece
	maxListItems = 500      // list items (at any depth) in a piece
	maxTableRows = 1000     // table rows in a piece
)

// piece is markdown rendered by one glamour call.
type piece struct {
	md    string
	cont  bool // continues the block the piece before cut: stacked with no blank line
	plain bool // past the render budget: shown as written (plain.go)
}

// pieces cuts prepared markdown (after the pre-pass) into pieces.
func pieces(md string) []piece {
	if len(md) < pieceMin && !mayNeedCut(md) && cost(md, 80, 1) < pieceCost {
		return []piece{{md: md}}
	}
	c := cutter{md: md, whole: len(md) >= pieceMin}
	c.run()
	return c.out
}

// mayNeedCut reports whether a chunk under pieceMin may still hold a
// block past a cap: many lines of code, list items or table rows.
func mayNeedCut(md string) bool {
	return strings.Count(md, "\n") >= maxListItems
}

// cutter walks a chunk's lines, keeping what it needs to cut inside the
// block it is in.
type cutter struct {
	md    string
	whole bool // the chunk is long enough to cut between blocks
	out   []piece

	start     int    // where the current piece's own text starts in md
	head      string // what it begins with that md does not have there: a reopened fence, a table's header, a renumbered item
	cont      bool   // it continues the block the piece before cut
	lines     int    // lines in it
	cost      int    // its cost (lineCost) outside code
	codeLines int    // lines of code in it
	items     int    // list items in it
	rows      int    // table rows in it

	fence     string // the fence of the code block it is in, or ""
	fenceLine string // the line that opened it, to open it again
	topFence  bool   // the fence is at the margin: the block can be cut inside
	raw       string // the raw HTML element it is in (pre, script…), or ""
	marks     int    // pre-pass blocks open
	blank     bool   // the line before was blank
	table     string // the header and delimiter rows of the table it is in, or ""
	list      listState
}

// listState is the top-level list the cutter is in.
type listState struct {
	in      bool
	indent  int // the columns before its markers
	ordered bool
	next    int  // the number its next item has
	delim   byte // '.' or ')'
}

func (c *cutter) run() {
	md := c.md
	for at := 0; at < len(md); {
		end := strings.IndexByte(md[at:], '\n')
		if end < 0 {
			end = len(md) - at
		}
		l := md[at : at+end]
		next := min(at+end+1, len(md))
		if len(l) > pieceMax && c.whole && c.fence == "" && c.raw == "" && c.marks == 0 {
			at = c.longLine(at, l, next)
			continue
		}
		c.line(at, l, next)
		at = next
	}
	c.emit(len(md), "")
}

// size is the bytes of the current piece up to at.
func (c *cutter) size(at int) int { return len(c.head) + at - c.start }

// emit ends the current piece at at, with tail after it.
func (c *cutter) emit(at int, tail string) {
	if at > c.start || c.head != "" {
		c.out = append(c.out, piece{md: c.head + c.md[c.start:at] + tail, cont: c.cont})
	}
	c.start, c.head, c.cont = at, "", false
	c.lines, c.cost, c.codeLines, c.items, c.rows = 0, 0, 0, 0, 0
}

// line reads one line at at, cutting before it first when it should.
func (c *cutter) line(at int, l string, next int) {
	t := strings.TrimSpace(l)
	switch {
	case c.fence != "":
		if f := fenceOf(l); f != "" && f[0] == c.fence[0] && len(f) >= len(c.fence) && strings.Trim(t, f[:1]) == "" {
			c.fence = ""
		} else if c.topFence && t != "" && !c.blank && c.codeCut(at, l) {
			c.emit(at, strings.Repeat(c.fence[:1], len(c.fence))+"\n")
			c.head, c.cont = c.fenceLine+"\n", true
		}
		c.codeLines++
		c.blank = t == ""
		c.lines++
		return
	case c.raw != "":
		if strings.Contains(strings.ToLower(l), "</"+c.raw) {
			c.raw = ""
		}
	case strings.HasPrefix(l, blockMark):
		if c.marks == 0 && l != blockEnd && c.size(at) >= pieceSize && (c.whole || c.cost >= pieceCost) {
			c.emit(at, "") // before a pre-pass block, as between two blocks
		}
		if l == blockEnd {
			c.marks--
		} else if !isLeafMark(l) {
			c.marks++
		}
		c.cost += markCost
	case t == "":
		c.blank = true
		c.table = ""
		c.lines++
		return
	default:
		c.cutBefore(at, next, l)
		c.open(l, t, next)
		c.cost += lineCost(l, 80)
	}
	c.blank = false
	c.lines++
}

// codeCut reports whether to cut a code block before its line l: once
// past maxCodeLines lines or pieceMax bytes, before a line that starts
// a statement at the margin (the highlighter's state is then what it
// is at the block's start: a CSS rule cut after its "{" showed its "}"
// as an error), and at any line past twice as much. The caller cuts
// only between two lines that are not blank: a piece's blank lines at
// either end are trimmed.
func (c *cutter) codeCut(at int, l string) bool {
	past := func(k int) bool { return c.codeLines >= k*maxCodeLines || c.whole && c.size(at) >= k*pieceMax }
	if past(2) {
		return true
	}
	if !past(1) || l[0] == ' ' || l[0] == '\t' || strings.ContainsRune("}])", rune(l[0])) {
		return false
	}
	for _, w := range []string{"else", "elif", "except", "catch", "finally", "case", "default"} {
		if strings.HasPrefix(l, w) {
			return false
		}
	}
	return true
}

// cutBefore cuts before the line l (at at; the next line starts at
// next), outside code, raw HTML and pre-pass blocks, when the piece is
// long enough: between top-level blocks at pieceSize, inside one past a
// cap.
func (c *cutter) cutBefore(at, next int, l string) {
	if c.marks > 0 {
		return
	}
	indent := len(l) - len(strings.TrimLeft(l, " "))
	item, ordered, _, _, _ := listMarker(l)
	topItem := item && c.list.in && indent == c.list.indent && ordered == c.list.ordered
	big := c.whole && c.size(at) >= pieceMax || c.cost >= pieceCost
	switch {
	case c.whole && c.blank && indent == 0 && !strings.HasPrefix(l, "\t") && c.size(at) >= pieceSize:
		c.emit(at, "")
		c.cont = topItem // glamour draws a loose list's items with no blank line between
	case c.table != "" && c.rows >= 0 && (c.rows >= maxTableRows || big):
		c.emit(at, "")
		c.head = c.table
		return
	case topItem && (c.items >= maxListItems || big):
		c.emit(at, "")
		c.cont = true
	case indent >= 4 && !c.list.in && !c.blank && (c.codeLines >= maxCodeLines || big):
		// indented code, between two lines that are not blank: the
		// next piece opens with an indented line, code as well
		c.emit(at, "")
		c.cont = true
		return
	case item && c.items >= 2*maxListItems, // deep in a list: its nesting may be lost at the cut
		big && indent < 4:
		c.emit(at, "")
		c.cont = !c.blank
		return
	default:
		return
	}
	if topItem && c.list.ordered && c.start == at { // the list goes on at the number it had reached
		c.head = renumber(l, c.list.next, c.list.delim) + "\n"
		c.start = next
	}
}

// open notes the block the line l opens or goes on with; the next line
// starts at next.
func (c *cutter) open(l, t string, next int) {
	indent := len(l) - len(strings.TrimLeft(l, " "))
	if indent >= 4 && !c.list.in {
		c.codeLines++ // indented code, joined line by line as fenced code is
	}
	if item, ordered, num, delim, _ := listMarker(l); item {
		c.items++
		switch {
		case !c.list.in && indent <= 3, c.list.in && (indent < c.list.indent || c.blank && indent == c.list.indent && ordered != c.list.ordered):
			c.list = listState{in: true, indent: indent, ordered: ordered, next: num + 1, delim: delim}
		case c.list.in && indent == c.list.indent:
			c.list.next++
		}
	} else if c.blank && indent == 0 {
		c.list = listState{} // a block at the margin after a blank line ends the list
	}
	if c.table != "" {
		c.rows++
	} else if strings.Contains(l, "|") && indent < 4 {
		if end := strings.IndexByte(c.md[next:], '\n'); end >= 0 && isDelimiterRow(c.md[next:next+end]) {
			c.table = l + "\n" + c.md[next:next+end] + "\n"
			c.rows = -1 // the delimiter row is not counted
		}
	}
	if f := fenceOf(l); f != "" {
		c.fence, c.fenceLine, c.topFence = f, l, indent <= 3 && !c.list.in
	} else if name := rawElement(t); name != "" && !strings.Contains(strings.ToLower(t), "</"+name) {
		c.raw = name
	}
}

// longLine cuts a line longer than pieceMax at spaces (at a rune
// boundary where it has none), each part a piece continuing the one
// before; it returns where the line's last part ends.
func (c *cutter) longLine(at int, l string, next int) int {
	if c.size(at) > 0 {
		c.emit(at, "")
		c.cont = !c.blank
	}
	c.open(l, strings.TrimSpace(l), next)
	for len(l) > pieceMax {
		n := pieceSize
		if sp := strings.LastIndexByte(l[:n], ' '); sp > n/2 {
			n = sp + 1
		}
		for n < len(l) && l[n]&0xC0 == 0x80 { // not inside a rune
			n++
		}
		c.emit(at+n, "\n")
		c.cont = true
		at += n
		l = l[n:]
	}
	c.blank = false
	c.lines++
	return next
}

// listMarker reads a list item's marker at the start of l: "- ", "* ",
// "+ ", "12. ", "3) ", after at most three spaces of a top-level item
// (or more, for a nested one).
func listMarker(l string) (item, ordered bool, num int, delim byte, content int) {
	t := strings.TrimLeft(l, " ")
	i := len(l) - len(t)
	if t == "" {
		return
	}
	switch t[0] {
	case '-', '*', '+':
		if len(t) == 1 || t[1] == ' ' || t[1] == '\t' {
			if thematicBreak(t) {
				return
			}
			return true, false, 0, 0, i + 2
		}
		return
	}
	d := 0
	for d < len(t) && d < 9 && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	if d == 0 || d >= len(t) || (t[d] != '.' && t[d] != ')') || d+1 < len(t) && t[d+1] != ' ' && t[d+1] != '\t' {
		return
	}
	num, _ = strconv.Atoi(t[:d])
	return true, true, num, t[d], i + d + 2
}

// renumber gives an ordered list item's line the number n.
func renumber(l string, n int, delim byte) string {
	t := strings.TrimLeft(l, " ")
	d := 0
	for d < len(t) && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	return l[:len(l)-len(t)] + strconv.Itoa(n) + string(delim) + t[d+1:]
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

// joinPieces stacks the lines of a chunk's rendered pieces: a blank line
// between two that have lines, none before a piece that continues the
// one before.
func joinPieces(ps []piece, rendered [][]string) []string {
	if len(rendered) == 1 {
		return rendered[0]
	}
	var out []string
	for i, p := range rendered {
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 && !ps[i].cont {
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
		lines, err := r.chunk(p.md)
		if err != nil {
			return nil, err
		}
		rendered[i] = lines
	}
	return joinPieces(ps, rendered), nil
}
