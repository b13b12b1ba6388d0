package reader

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
)

// The reader's navigation, one for the preview and for the document. A
// jump names a position; the layout on screen — the finished document,
// or the preview of its first screen while the document renders — says
// which line it lands on, or that the line is not rendered yet, and then
// the jump waits for the document (the reader's pending Position). So
// every jump works from the first frame, and a new jump is written once.

// option is a value that may be absent: positions use it rather than -1.
type option[T any] struct {
	v  T
	ok bool
}

func some[T any](v T) option[T] { return option[T]{v: v, ok: true} }

func (o option[T]) get() (T, bool) { return o.v, o.ok }

// faqRef names a question of the article's FAQ: question q of section s.
type faqRef struct{ section, question int }

// layout is what the reader shows, as navigation needs it.
type layout interface {
	// land is the line p lands on, and false when it is not rendered.
	land(p Position) (int, bool)
	// headingAt is the heading whose section holds line (aboveHeadings before the first).
	headingAt(line int) int
	// questions are the article's FAQ questions in order, each with its
	// line when rendered, else where it lies: -1 before, 1 after.
	questions() []spot
}

// spot is where an FAQ question is in a layout.
type spot struct {
	ref   faqRef
	line  int
	where int // 0: rendered, at line; -1 before the layout; 1 after it
}

// docLayout is a finished document: it holds every position.
type docLayout struct{ d *render.Document }

func (l docLayout) land(p Position) (int, bool) { return p.line(l.d), true }
func (l docLayout) headingAt(line int) int      { return l.d.HeadingAt(line) }
func (l docLayout) questions() []spot {
	var out []spot
	for s, qs := range l.d.FAQs {
		for q, line := range qs {
			out = append(out, spot{ref: faqRef{s, q}, line: line})
		}
	}
	return out
}

// windowLayout is the preview: the chunks that fill the first screen.
type windowLayout struct {
	a *library.Article
	w *render.Window
}

func (l windowLayout) land(p Position) (int, bool) { return previewLine(l.a, l.w, p) }

func (l windowLayout) headingAt(line int) int { return l.w.HeadingAt(line) }

func (l windowLayout) questions() []spot {
	var out []spot
	for s, sec := range l.a.FAQs {
		for q, fq := range sec.Questions {
			line, in := l.w.Question(l.a, s, q)
			sp := spot{ref: faqRef{s, q}, line: line}
			if !in {
				sp.where = l.w.Where(fq.Offset)
			}
			out = append(out, sp)
		}
	}
	return out
}

// layout is what the reader shows, or nil before anything is rendered.
func (m Model) layout() layout {
	switch {
	case m.doc != nil:
		return docLayout{m.doc}
	case m.preview != nil:
		return windowLayout{m.art, m.preview}
	}
	return nil
}

// jump goes to a position: at once when it is rendered, else when the
// document arrives.
func (m *Model) jump(p Position) {
	lay := m.layout()
	if lay == nil {
		m.start = p // nothing on screen yet: the first screen opens there
		return
	}
	line, ok := lay.land(p)
	switch {
	case !ok:
		m.pending = &p
	case p.end:
		m.vp.GotoBottom()
		m.focus = -1
		m.pending = nil
	default:
		m.goTo(line)
		m.pending = nil
	}
}

// moveKey handles the keys that move to a heading, a question, the top
// or the end, in whatever layout is shown; ok is false for other keys.
func (m *Model) moveKey(msg tea.KeyMsg) bool {
	k, lay := m.keys, m.layout()
	var p option[Position]
	what, next := "heading", true
	switch {
	case key.Matches(msg, k.Top):
		p = some(Top)
	case key.Matches(msg, k.Bottom):
		p = some(Position{end: true})
	case lay == nil:
		return false
	case key.Matches(msg, k.NextHeading):
		p = nextHeading(lay, m.after(), len(m.art.Headings))
	case key.Matches(msg, k.PrevHeading):
		p, next = prevHeading(lay, m.after()), false
	case key.Matches(msg, k.NextQuestion, k.PrevQuestion):
		next, what = key.Matches(msg, k.NextQuestion), "question"
		p = nearQuestion(lay, m.after(), next)
	case key.Matches(msg, k.Verdict):
		if h, note := m.verdictHeading(); h >= 0 {
			m.jump(Position{heading: h})
		} else {
			m.note = note
		}
		return true
	default:
		return false
	}
	if to, ok := p.get(); ok {
		m.jump(to)
	} else if next {
		m.note = "no later " + what // else the key seems to do nothing
	} else {
		m.note = "no earlier " + what
	}
	return true
}

// nextHeading is the heading after the section holding line.
func nextHeading(lay layout, line, headings int) option[Position] {
	if h := lay.headingAt(line) + 1; h < headings {
		return some(Position{heading: h})
	}
	return option[Position]{}
}

// prevHeading is the heading of the section holding line, or the one
// before when line is its first line.
func prevHeading(lay layout, line int) option[Position] {
	h := lay.headingAt(line)
	if start, ok := lay.land(Position{heading: h}); !ok || start >= line {
		h--
	}
	if h < 0 {
		return option[Position]{}
	}
	return some(Position{heading: h})
}

// nearQuestion is the FAQ question after (or before) line, rendered or
// beyond what is rendered.
func nearQuestion(lay layout, line int, next bool) option[Position] {
	var found option[Position]
	for _, sp := range lay.questions() {
		after := sp.where == 0 && sp.line > line || sp.where > 0
		before := sp.where == 0 && sp.line < line || sp.where < 0
		if next && after && !found.ok || !next && before {
			found = some(Position{heading: aboveHeadings, question: some(sp.ref)})
		}
	}
	return found
}

// verdictHeading is the heading of the review's verdict, or -1 and what
// to say instead.
func (m Model) verdictHeading() (int, string) {
	r := m.review()
	switch {
	case r == nil:
		return -1, "no review here, so no verdict"
	case r.Verdicts >= 0 && r.Verdicts < len(m.art.Headings):
		return r.Verdicts, ""
	case r.Verdict != "":
		return -1, "the verdict has no heading of its own: p shows it"
	}
	return -1, "this review gives no verdict"
}
