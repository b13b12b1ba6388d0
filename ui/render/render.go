// Package render turns an article into terminal lines with glamour and
// records the line each heading and FAQ question lands on, so readers can
// jump to them. It is shared by the TUI reader and `folio show`.
package render

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

// Options say how to render.
type Options struct {
	Width   int             // the whole width in cells; every line fits in it
	Style   string          // a glamour standard style (StyleNames) or the path of a JSON style file
	Color   bool            // emit colour and attribute codes; false gives plain text
	Profile termenv.Profile // colour profile when Color is set; the zero value is true colour
	// Hyperlinks wraps web addresses in OSC 8 hyperlinks, for terminals
	// that make them clickable.
	Hyperlinks bool
	// Images says how local pictures are drawn (ImagesOff, ImagesBlocks,
	// ImagesKitty…; "" is off); without Color they are always alt text.
	Images      string
	PictureRows int            // the most rows a picture takes; 0: 12
	Pictures    *picture.Cache // finds local pictures within the article's folder and keeps them decoded; nil: none drawn (alt text)

	budget        int  // the render budget (plain.go) when not 0: for tests
	keepDocColour bool // glamour pads in the document's colour (docfg.go): for tests
}

// Document is a rendered article.
type Document struct {
	Slug     string
	Options  Options
	Lines    []string // rendered lines, none wider than Options.Width cells
	Headings []int    // Headings[i] is the line of the article's Headings[i]
	FAQs     [][]int  // FAQs[s][q] is the line of question q of FAQ section s
}

// Renderer renders articles with one glamour configuration. Build one
// per width and style and reuse it; it is not safe for concurrent use.
type Renderer struct {
	opts  Options
	docFG string // the document's colour, put back on what glamour drew (docfg.go)
	eng   *engine
	refs  references // the reference definitions of the article being rendered
	inner *Renderer  // for the text inside labelled blocks, built when first needed
	// chunkByChunk renders every chunk on its own, never in groups: for
	// the tests that show groups change nothing
	chunkByChunk bool
}

// MinWidth is the narrowest width rendered; narrower requests use it and
// the lines are then cut to the requested width.
const MinWidth = 10

// New builds a renderer.
func New(o Options) (*Renderer, error) {
	style, err := styleConfig(o.Style)
	if err != nil {
		return nil, err
	}
	if o.Width < 1 {
		return nil, fmt.Errorf("width %d is too small", o.Width)
	}
	o.Width = min(o.Width, MaxWidth)
	profile := termenv.Ascii
	if o.Color {
		profile = o.Profile
	} else {
		style = colourless(plainCode(style))
	}
	docFG := ""
	if o.Color && !o.keepDocColour {
		docFG = docForeground(&style, profile)
	}
	return &Renderer{opts: o, docFG: docFG, eng: newEngine(style, max(o.Width, MinWidth), profile)}, nil
}

// Render renders a whole article. Each heading's section is rendered on
// its own (or in a group of short ones, split again: plan.go) and the
// results are stacked, so the line of every heading is known exactly,
// however the text wraps.
func (r *Renderer) Render(a *library.Article) (*Document, error) {
	pre := newPrepass(a, r.opts)
	r.refs = pre.refs
	group := groupSize
	if r.chunkByChunk {
		group = 0
	}
	p := newPlan(a, pre, r.opts, group)
	rendered := make([][][]string, len(p.tasks))
	for k, t := range p.tasks {
		lines, err := r.renderTask(t, p.pieces)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		rendered[k] = lines
	}
	return assemble(a, r.opts, p.assembleChunks(rendered, r.budgetNote())), nil
}

// assemble stacks the rendered chunks of an article into its document;
// the last piece is the gathered footnotes, after the last chunk.
func assemble(a *library.Article, o Options, pieces [][]string) *Document {
	d := &Document{Slug: a.Slug, Options: o, Headings: make([]int, len(a.Headings))}
	pieces, notes := pieces[:len(pieces)-1], pieces[len(pieces)-1]
	d.Lines = withNotes(stack(pieces, 0, len(pieces), d.Headings), notes)
	d.FAQs = faqLines(a, d)
	if o.Hyperlinks {
		hyperlinks(a, d.Lines)
	}
	return d
}

// stack joins chunks [from, to) of an article of len(pieces) chunks,
// with a blank line after each that has lines, and notes in headings
// where each chunk's heading lands. Its lines for those chunks are
// exactly the whole document's: only the document's end is trimmed.
func stack(pieces [][]string, from, to int, headings []int) []string {
	n := 0
	for _, p := range pieces[from:to] {
		n += len(p) + 1
	}
	lines := make([]string, 0, n)
	for i := from; i < to; i++ {
		if i > 0 {
			headings[i-1] = len(lines)
		}
		lines = append(lines, pieces[i]...)
		if len(pieces[i]) > 0 && i+1 < len(pieces) {
			lines = append(lines, "")
		}
	}
	if to == len(pieces) && len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
		// a last heading glamour draws as nothing ("# <a>") sat past the
		// blank line just trimmed: it is at the end (found by FuzzPrepass)
		for i := max(from, 1); i < to; i++ {
			headings[i-1] = min(headings[i-1], len(lines))
		}
	}
	return lines
}

// Chunks splits the body at its headings: chunk 0 is the text before the
// first heading, chunk i+1 starts with heading i.
func Chunks(a *library.Article) []string {
	out := make([]string, 0, len(a.Headings)+1)
	prev := 0
	for _, h := range a.Headings {
		out = append(out, a.Body[prev:h.Offset])
		prev = h.Offset
	}
	return append(out, a.Body[prev:])
}

// chunk renders markdown and returns its lines with blank lines trimmed
// from both ends and every line cut to fit the width.
func (r *Renderer) chunk(md string) ([]string, error) {
	if strings.TrimSpace(md) == "" {
		return nil, nil
	}
	if strings.Contains(md, blockMark) {
		return r.chunkBlocks(md)
	}
	out, err := r.eng.render(prepare(md), r.refs)
	if err != nil {
		return nil, err
	}
	raw := strings.Split(out, "\n")
	lines := make([]string, 0, len(raw))
	for _, l := range raw {
		if r.opts.Color {
			if r.docFG != "" {
				l = recolour(l, r.docFG)
			}
			l = mergeSGR(l) // sgrmerge.go
		} else {
			// glamour still emits attribute codes under the ASCII profile
			if strings.IndexByte(l, 0x1b) >= 0 {
				l = ansi.Strip(l)
			}
			l = strings.TrimRight(l, " ")
		}
		if fitsWidth(l, r.opts.Width) {
			// a copy: a line of glamour's output as it is would keep all
			// of that output (a third of it padding codes) alive
			lines = append(lines, strings.Clone(l))
			continue
		}
		lines = append(lines, hardwrapIndented(l, r.opts.Width)...) // hardwrap.go
	}
	start, end := 0, len(lines)
	for start < end && isBlank(lines[start]) {
		start++
	}
	for end > start && isBlank(lines[end-1]) {
		end--
	}
	return lines[start:end], nil
}

func isBlank(l string) bool {
	if strings.IndexByte(l, 0x1b) < 0 {
		return strings.TrimSpace(l) == ""
	}
	return strings.TrimSpace(ansi.Strip(l)) == ""
}

// fitsWidth reports whether l is at most width cells wide: a line of
// plain ASCII (most of a piped rendering) is as wide as it is long.
func fitsWidth(l string, width int) bool {
	if len(l) <= width {
		return true // no line is wider in cells than in bytes
	}
	for i := 0; i < len(l); i++ {
		if l[i] >= 0x7f || l[i] < 0x20 {
			return ansi.StringWidth(l) <= width
		}
	}
	return false
}

// faqLines places each FAQ question: a heading question is its heading's
// line; a question written on a line (bold, numbered, Q:, <summary>…)
// is the first line at or after its section's start whose text begins
// the question, list markers and Q: prefixes aside.
func faqLines(a *library.Article, d *Document) [][]int {
	out := make([][]int, len(a.FAQs))
	for s, sec := range a.FAQs {
		out[s] = make([]int, len(sec.Questions))
		from := 0
		if sec.Heading >= 0 {
			from = d.Headings[sec.Heading]
		}
		for q, fq := range sec.Questions {
			if fq.Heading >= 0 {
				out[s][q] = d.Headings[fq.Heading]
				continue
			}
			out[s][q] = findLine(d.Lines, from, fq.Question)
			from = out[s][q]
		}
	}
	return out
}

// findLine returns the first line from start whose plain text starts the
// given text (after wrapping, a line holds only its beginning) or starts
// with it (an answer on the same line), once markers, numbers, Q:
// prefixes and emphasis are set aside on both.
func findLine(lines []string, start int, text string) int {
	want := questionText(termsafe.Markdown(text)) // as rendered: prepare.go
	for i := start; i < len(lines); i++ {
		got := questionText(ansi.Strip(lines[i]))
		if got != "" && (strings.HasPrefix(want, got) || strings.HasPrefix(got, want)) {
			return i
		}
	}
	return start
}

// questionText is a line's words for matching a question: spacing
// collapsed, emphasis marks dropped, and what may open a question line
// in the reader (bullets, bars, numbers, "Q1:", a ::: title) left out.
func questionText(s string) string {
	s = strings.Join(strings.Fields(emphasisMarks.Replace(s)), " ")
	for range 4 {
		t := strings.TrimLeftFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '¿' && r != '"' && r != '\''
		})
		if strings.HasPrefix(t, ":::") || strings.HasPrefix(s, ":::") {
			if i := strings.IndexAny(s, "] "); i >= 0 {
				t = s[i+1:]
			}
		}
		t = strings.TrimSpace(trimQuestionMarker(t))
		if t == s {
			break
		}
		s = t
	}
	return s
}

// emphasisMarks drops the marks of emphasis and code.
var emphasisMarks = strings.NewReplacer("*", "", "_", "", "`", "")

// trimQuestionMarker drops a number ("2." "3)") or a Q prefix ("Q:",
// "Q1.", "Question 2:") opening s.
func trimQuestionMarker(s string) string {
	i := 0
	switch {
	case len(s) >= 9 && strings.EqualFold(s[:8], "question") && (s[8] == ' ' || s[8] == ':' || s[8] >= '0' && s[8] <= '9'):
		i = 8
		for i < len(s) && s[i] == ' ' {
			i++
		}
	case len(s) >= 2 && (s[0] == 'Q' || s[0] == 'q'):
		i = 1
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 0 || j >= len(s) || (s[j] != ':' && s[j] != '.' && s[j] != ')') {
		return s
	}
	if j+1 < len(s) && s[j+1] != ' ' {
		return s // "3.5 mm", "Q.E.D."
	}
	return s[j+1:]
}

// String joins the lines.
func (d *Document) String() string { return strings.Join(d.Lines, "\n") + "\n" }

// Section returns the lines of heading h's section: up to the next
// heading of the same or a higher level.
func (d *Document) Section(a *library.Article, h int) []string {
	start, end := d.Headings[h], len(d.Lines)
	for j := h + 1; j < len(a.Headings); j++ {
		if a.Headings[j].Level <= a.Headings[h].Level {
			end = d.Headings[j]
			break
		}
	}
	for end > start && isBlank(d.Lines[end-1]) {
		end--
	}
	return d.Lines[start:end]
}

// HeadingAt returns the index of the heading whose section holds line,
// or -1 before the first heading.
func (d *Document) HeadingAt(line int) int {
	idx := -1
	for i, l := range d.Headings {
		if l > line {
			break
		}
		idx = i
	}
	return idx
}
