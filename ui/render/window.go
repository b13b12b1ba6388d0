package render

import (
	"fmt"
	"strings"

	"github.com/folio-reader/folio/library"
)

// Window is the rendering of a run of an article's chunks: enough for a
// reader's first screen while the whole document renders.
type Window struct {
	Options    Options
	First, End int      // the chunks rendered: [First, End)
	Lines      []string // the document's lines for those chunks, exactly
	Headings   []int    // the line in Lines of each of the article's headings; -1 outside the window
	Cut        bool     // the last chunk was too long for the budget: it stops early, and its last lines may differ from the document's
	from, upTo int      // the markdown rendered: Body[from:upTo]
}

// Window renders from chunk first (0 is the text before the first
// heading, i+1 starts with heading i) until it has at least lines lines
// or has rendered budget bytes of markdown. A chunk that would overrun
// the budget is rendered only up to a paragraph break within it, and
// ends the window.
func (r *Renderer) Window(a *library.Article, first, lines, budget int) (*Window, error) {
	chunks := Chunks(a)
	first = max(0, min(first, len(chunks)-1))
	w := &Window{Options: r.opts, First: first, End: first, Headings: make([]int, len(a.Headings))}
	for i := range w.Headings {
		w.Headings[i] = -1
	}
	pre := newPrepass(a, r.opts)
	r.refs = pre.refs
	pieces := make([][]string, len(chunks))
	n, used := 0, 0
	w.from = chunkStart(a, first)
	w.upTo = w.from
	for w.End < len(chunks) && n < lines && used < budget {
		md := chunks[w.End]
		if used+len(md) > budget {
			md, w.Cut = cutMarkdown(md, budget-used), true
		}
		out, err := r.chunk(pre.applyChunk(md, w.End))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		pieces[w.End] = out
		n += len(out) + 1
		used += len(md)
		w.upTo += len(md)
		w.End++
	}
	w.Lines = stack(pieces, first, w.End, w.Headings)
	if w.Cut {
		w.Lines = trimBlank(w.Lines)
	} else if w.End == len(chunks) {
		notes, err := r.chunk(pre.notesMarkdown())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		w.Lines = withNotes(w.Lines, notes)
	}
	return w, nil
}

// cutMarkdown is the start of md, at most about n bytes, ending at a
// paragraph break outside code fences, else at a line break, else at a
// space, else anywhere (between runes) — whichever comes last of those
// in the second half of the n bytes, so that a preview is never only a
// first short paragraph before a long table, word or code block.
func cutMarkdown(md string, n int) string {
	n = max(n, 1)
	if len(md) <= n {
		return md
	}
	para, line := -1, -1
	fenced := false
	for i := 0; i < n; {
		end := strings.IndexByte(md[i:], '\n')
		if end < 0 || i+end >= n {
			break
		}
		l := md[i : i+end]
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
		}
		i += end + 1
		line = i
		if !fenced && strings.TrimSpace(l) == "" {
			para = i
		}
	}
	switch half := n / 2; {
	case para > half:
		return md[:para]
	case line > half:
		return md[:line]
	}
	if sp := strings.LastIndexByte(md[:n], ' '); sp > n/2 {
		return md[:sp]
	}
	for n < len(md) && md[n]&0xC0 == 0x80 { // not inside a rune
		n++
	}
	return md[:n]
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && isBlank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Section is the line range of heading h's chunk in the window (h -1:
// the text before the first heading), and whether it is in the window.
func (w *Window) Section(h int) (start, end int, ok bool) {
	if h+1 < w.First || h+1 >= w.End {
		return 0, 0, false
	}
	if h >= 0 {
		start = w.Headings[h]
	}
	end = len(w.Lines)
	if h+1 < len(w.Headings) && w.Headings[h+1] >= 0 {
		end = w.Headings[h+1]
	}
	return start, end, true
}

// HeadingAt is the heading whose chunk holds line: the window's first
// chunk's heading (-1 for the text before any heading) or a later one.
func (w *Window) HeadingAt(line int) int {
	h := w.First - 1
	for i := max(w.First, 1); i < w.End && w.Headings[i-1] <= line; i++ {
		h = i - 1
	}
	return h
}

// Question is the line in the window of question q of the article's FAQ
// section s, when the window holds it.
func (w *Window) Question(a *library.Article, s, q int) (int, bool) {
	if s < 0 || s >= len(a.FAQs) || q < 0 || q >= len(a.FAQs[s].Questions) {
		return 0, false
	}
	sec := a.FAQs[s]
	if h := sec.Questions[q].Heading; h >= 0 {
		return w.Headings[h], w.Headings[h] >= 0
	}
	from := 0 // a section titled by a line before any heading
	if sec.Heading >= 0 {
		from = w.Headings[sec.Heading]
	} else if w.First > 0 {
		from = -1
	}
	if from < 0 || sec.Questions[q].Offset >= w.upTo {
		return 0, false
	}
	for i := 0; i <= q; i++ {
		if fq := sec.Questions[i]; fq.Heading < 0 {
			from = findLine(w.Lines, from, fq.Question)
		}
	}
	return from, true
}

// chunkStart is where chunk i begins in the body.
func chunkStart(a *library.Article, i int) int {
	if i == 0 {
		return 0
	}
	return a.Headings[i-1].Offset
}

// Where places a body offset: -1 before the markdown the window
// rendered, 1 after it, 0 inside.
func (w *Window) Where(offset int) int {
	switch {
	case offset < w.from:
		return -1
	case offset >= w.upTo:
		return 1
	}
	return 0
}
