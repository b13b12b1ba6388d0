package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
)

// glamour's time grows with the lines it draws: every line is padded to
// the width a cell at a time through a stack of writers, one more for
// each level of nesting, and in colour each cell of padding is styled on
// its own. An article of real prose of 450 KB draws 13,000 lines; 8 MB
// of one-line headings or list items draws millions, and took 30 s and
// gigabytes. So an article is rendered by glamour up to a budget of
// lines, estimated from its markdown (cost): past it, the rest is shown
// as written — its markdown, made safe and wrapped to the width — under
// a note saying so. The budget is past every real article measured
// (docs/bench.md): the 1 MB ESLint changelog spends a third of it; in
// colour, where highlighting code costs most, React's longest blog
// post, 330 KB and a third of it code, spends 72%.
const (
	plainBudget = 100_000 // estimated lines, rendered without colour
	colorBudget = 80_000  // in colour, where code costs the highlighter more
)

// renderBudget is the budget for the options.
func renderBudget(o Options) int {
	switch {
	case o.budget > 0:
		return o.budget
	case o.Color:
		return colorBudget
	}
	return plainBudget
}

// colorCodeCost weighs a line of fenced code in colour, which the
// highlighter tokenises and styles a token at a time.
const colorCodeCost = 4

// cost estimates the lines glamour draws for md at width, each line of
// fenced code weighing code.
func cost(md string, width, code int) int {
	n, fence := 0, ""
	for at := 0; at < len(md); {
		end := strings.IndexByte(md[at:], '\n')
		if end < 0 {
			end = len(md) - at
		}
		l := md[at : at+end]
		at += end + 1
		if f := fenceOf(l); f != "" && (fence == "" || f[0] == fence[0] && len(f) >= len(fence)) {
			if fence == "" {
				fence = f
			} else {
				fence = ""
			}
		}
		switch {
		case fence != "":
			n += code * (1 + len(l)/width)
		case strings.HasPrefix(l, blockMark):
			n += markCost
		default:
			n += lineCost(l, width)
		}
	}
	return n
}

// lineCost estimates the lines glamour draws for one line of markdown:
// one for a blank line (it ends a block, and glamour draws the next
// one's margins again), else at least one, a long line as many as it
// wraps over (a byte of a longer rune counting twice: such text takes
// more cells, each measured in tables), and one more for each two
// inline elements (inlineElements); a table row or a heading three
// (each cell of a row is styled and padded on its own; a heading is a
// block with its own margins, and the blank line after it), a line of
// HTML two (its text is drawn as blocks of its own), and each
// times 1 + d²/2 for d levels of quote or list around it, as every
// level pads and copies all that it holds again.
func lineCost(l string, width int) int {
	t := strings.TrimSpace(l)
	if t == "" {
		return 1 // a blank line ends a block: the next one costs its margins again
	}
	wide := 0
	for i := 0; i < len(l); i++ {
		if l[i] >= utf8.RuneSelf {
			wide++
		}
	}
	lines := 1 + (len(l)+wide)/width
	lines += inlineElements(l) / 2
	switch {
	case l[0] == '#' || strings.IndexByte(l, '|') >= 0:
		lines *= 3
	case t[0] == '<': // HTML: its text is drawn as blocks of its own (htmlblocks.go)
		lines *= 2
	}
	d := nestDepth(l)
	return lines * (2 + d*d) / 2
}

// inlineElements estimates the inline elements of a line glamour
// styles apart — links (their addresses drawn after them, resolved
// reference links too), bare addresses, emphasis and code — by the
// characters that open them.
func inlineElements(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '[':
			n += 2
		case '*', '_', '`':
			n++
		case ':':
			if strings.HasPrefix(l[i:], "://") {
				n += 2
			}
		}
	}
	return n / 2
}

// nestDepth counts the quote and list markers opening l, as far as
// capNesting keeps them.
func nestDepth(l string) int {
	d := 0
	for i := 0; i < len(l) && d < maxNest; i++ {
		switch l[i] {
		case '>', '-', '*', '+':
			d++
		case ' ', '\t', '.', ')', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		default:
			return d
		}
	}
	return d
}

// plainLines is markdown shown as written: made safe for the terminal,
// its tabs expanded, each line wrapped to the width under the margin
// glamour gives the body; the pre-pass's own lines left out.
func (r *Renderer) plainLines(md string) []string {
	md = expandTabs(termsafe.Markdown(md))
	margin, width := "  ", r.opts.Width-2
	if width < MinWidth {
		margin, width = "", r.opts.Width
	}
	out := make([]string, 0, strings.Count(md, "\n")+1)
	for _, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, blockMark):
			continue
		case strings.TrimSpace(l) == "":
			out = append(out, "")
			continue
		case fitsWidth(l, width):
			out = append(out, margin+l)
			continue
		}
		for _, w := range strings.Split(ansi.Hardwrap(l, width, true), "\n") {
			out = append(out, margin+w)
		}
	}
	return trimBlankEnds(out)
}

// budgetNote is the note above the first line shown as written.
func (r *Renderer) budgetNote() []string {
	note := "(This article is too long to draw in full: from here on it is shown as written.)"
	var out []string
	for _, w := range strings.Split(ansi.Wrap(note, max(r.opts.Width-2, MinWidth), ""), "\n") {
		out = append(out, "  "+strings.TrimRight(w, " "))
	}
	return r.fit(out)
}
