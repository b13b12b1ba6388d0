// Package render turns an article into terminal lines with glamour and
// records the line each heading and FAQ question lands on, so readers can
// jump to them. It is shared by the TUI reader and `folio show`.
package render

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
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
	opts Options
	term *glamour.TermRenderer
}

// MinWidth is the narrowest width rendered; narrower requests use it and
// the lines are then cut to the requested width.
const MinWidth = 10

// New builds a renderer.
func New(o Options) (*Renderer, error) {
	style, err := styleOption(o.Style)
	if err != nil {
		return nil, err
	}
	if o.Width < 1 {
		return nil, fmt.Errorf("width %d is too small", o.Width)
	}
	profile := termenv.Ascii
	if o.Color {
		profile = o.Profile
	}
	term, err := glamour.NewTermRenderer(
		style,
		glamour.WithWordWrap(max(o.Width, MinWidth)),
		glamour.WithColorProfile(profile),
	)
	if err != nil {
		return nil, err
	}
	return &Renderer{opts: o, term: term}, nil
}

// Options returns what the renderer was built with.
func (r *Renderer) Options() Options { return r.opts }

// Render renders a whole article. Each heading's section is rendered on
// its own and the results are stacked, so the line of every heading is
// known exactly, however the text wraps.
func (r *Renderer) Render(a *library.Article) (*Document, error) {
	chunks := Chunks(a)
	pieces := make([][]string, len(chunks))
	for i, c := range chunks {
		lines, err := r.chunk(c)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		pieces[i] = lines
	}
	return assemble(a, r.opts, pieces), nil
}

// assemble stacks the rendered chunks of an article into its document.
func assemble(a *library.Article, o Options, pieces [][]string) *Document {
	d := &Document{Slug: a.Slug, Options: o, Headings: make([]int, len(a.Headings))}
	d.Lines = stack(pieces, 0, len(pieces), d.Headings)
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
	out, err := r.term.Render(tameLongWords(md))
	if err != nil {
		return nil, err
	}
	raw := strings.Split(out, "\n")
	lines := make([]string, 0, len(raw))
	for _, l := range raw {
		if !r.opts.Color {
			// glamour still emits attribute codes under the ASCII profile
			l = strings.TrimRight(ansi.Strip(l), " ")
		}
		if ansi.StringWidth(l) <= r.opts.Width {
			lines = append(lines, l)
			continue
		}
		wrapped := ansi.Hardwrap(l, r.opts.Width, true)
		for _, w := range strings.Split(wrapped, "\n") {
			lines = append(lines, ansi.Truncate(w, r.opts.Width, ""))
		}
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

func isBlank(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }

// faqLines places each FAQ question: a heading question is its heading's
// line; a bold-line question is the first line at or after its section
// heading whose text begins the question.
func faqLines(a *library.Article, d *Document) [][]int {
	out := make([][]int, len(a.FAQs))
	for s, sec := range a.FAQs {
		out[s] = make([]int, len(sec.Questions))
		from := d.Headings[sec.Heading]
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
// given text (after wrapping, a line holds only its beginning).
func findLine(lines []string, start int, text string) int {
	want := strings.Join(strings.Fields(text), " ")
	for i := start; i < len(lines); i++ {
		got := strings.Join(strings.Fields(ansi.Strip(lines[i])), " ")
		got = strings.Trim(got, "*_ ")
		if got != "" && strings.HasPrefix(want, got) {
			return i
		}
	}
	return start
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
