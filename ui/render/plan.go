package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/folio-reader/folio/library"
)

// A glamour render has a cost of its own besides its text — a parse
// context, a renderer, a style cascade, a margin writer for the
// document — and an article is rendered chunk by chunk so that the line
// of every heading is known. An article of many short sections (a FAQ,
// a reference page, a changelog of one line a version) paid that cost
// for every heading: 100,000 headings were 100,000 renders. Short
// chunks are rendered in groups instead, one render for up to
// groupSize bytes of them: each chunk after the first starts with an
// ATX heading whose text starts with a letter or a digit (or the chunk
// starts a group of its own), and groupMark, which takes no room and
// that no article has, is put before that text. The rendered lines are
// cut at the lines holding the mark, the mark taken out, and each
// part trimmed of blank lines as a chunk rendered alone is, so the
// lines are the same as chunk by chunk. A group whose marks do not all
// come back, one a line (an unclosed <pre> or comment ran over one), is
// rendered chunk by chunk.

// groupMark marks a grouped chunk's heading: zero-width characters,
// which no heading starts with (a chunk that holds them is rendered
// alone).
const groupMark = "\u200B\uFEFF\u200B\uFEFF"

// groupSize bounds the markdown of a group.
const groupSize = pieceSize

// minGroup is the least a group is cut to when an article is shared
// between renderers (parallelGroup): smaller, a render's own cost shows.
const minGroup = 2 << 10

// parallelGroup is the size of group that shares a body of size bytes
// between n renderers: one group of a 13 KB article left the second
// renderer idle (RenderParallel took as long as Render).
func parallelGroup(size, n int) int {
	return min(groupSize, max(minGroup, (size+n-1)/n))
}

// task is the markdown of one glamour render: a piece of a chunk, or a
// group of whole chunks [chunk, chunk+n).
type task struct {
	chunk, n int
	piece    int    // the piece of chunk, when n is 1
	md       string // for a group: its chunks' markdown, joined at markers
	plain    bool   // past the render budget: shown as written (plain.go)
	note     bool   // the first such: it says so
}

// plan is the work of rendering an article: each chunk's pieces, and the
// tasks that render them. The gathered footnotes are one more chunk,
// after the article's.
type plan struct {
	pieces [][]piece // by chunk
	tasks  []task
}

// newPlan prepares each chunk of the article with the pre-pass, cuts
// the long ones in pieces and groups the short ones, spending the
// render budget the options allow (plain.go) on the pieces in order:
// past it, pieces are shown as written, and chunks are not even
// prepared. groupMax bounds a group's markdown; 0 renders chunk by
// chunk.
func newPlan(a *library.Article, pre *prepass, o Options, groupMax int) *plan {
	chunks := Chunks(a)
	p := &plan{pieces: make([][]piece, len(chunks)+1)}
	width, code := max(o.Width, MinWidth), 1
	if o.Color {
		code = colorCodeCost
	}
	left := renderBudget(o)
	var group []string // the markdown of the group being filled
	size := 0
	flush := func() {
		if len(group) > 0 {
			t := &p.tasks[len(p.tasks)-1]
			t.n = len(group)
			if t.n > 1 {
				t.md = joinGroup(group)
			}
		}
		group, size = group[:0], 0
	}
	for i := range p.pieces {
		var ps []piece
		switch {
		case left <= 0 && i < len(chunks):
			ps = []piece{{md: chunks[i], plain: true}} // as written, not prepared
		case i == len(chunks):
			ps = pieces(pre.notesMarkdown()) // the gathered footnotes, last
		default:
			q := *pre
			q.limit, q.codeCost = left, code
			ps = pieces(q.applyChunk(chunks[i], i))
			if q.rest != "" {
				ps = append(ps, piece{md: q.rest, plain: true})
			}
		}
		for j := range ps {
			if !ps[j].plain && left <= 0 {
				ps[j].plain = true
			} else if !ps[j].plain {
				left -= cost(ps[j].md, width, code)
			}
		}
		p.pieces[i] = ps
		if groupMax > 0 && len(ps) == 1 && !ps[0].plain && groupable(ps[0].md) {
			if len(group) > 0 && size+len(ps[0].md) <= groupMax && markable(ps[0].md) {
				group = append(group, ps[0].md)
				size += len(ps[0].md)
				continue
			}
			flush()
			p.tasks = append(p.tasks, task{chunk: i, n: 1, md: ps[0].md})
			group, size = append(group, ps[0].md), len(ps[0].md)
			continue
		}
		flush()
		for j, pc := range ps {
			p.tasks = append(p.tasks, task{chunk: i, n: 1, piece: j, md: pc.md, plain: pc.plain})
		}
	}
	flush()
	for k := 1; k < len(p.tasks); k++ {
		p.tasks[k].note = p.tasks[k].plain && !p.tasks[k-1].plain
	}
	return p
}

// groupable reports a chunk that may be rendered in a group: no block
// of the pre-pass (drawn apart from glamour), no mark of its own.
func groupable(md string) bool {
	return !strings.Contains(md, blockMark) && !strings.Contains(md, groupMark)
}

// markable reports a chunk that starts with an ATX heading whose text
// starts with a letter, a digit, emphasis or a link: text glamour
// draws, on the heading's first line.
func markable(md string) bool {
	_, text, ok := headingText(md)
	if !ok || text == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("*_`[\"'¿¡(", r)
}

// headingText splits a chunk's ATX heading line at the start of its
// text: "## " and "Text…".
func headingText(md string) (marks, text string, ok bool) {
	n := 0
	for n < len(md) && n < 7 && md[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(md) || md[n] != ' ' && md[n] != '\t' {
		return "", "", false
	}
	m := n
	for m < len(md) && (md[m] == ' ' || md[m] == '\t') {
		m++
	}
	return md[:m], md[m:], true
}

// joinGroup is the markdown of a group of chunks, the mark put before
// the heading text of each after the first.
func joinGroup(mds []string) string {
	n := 0
	for _, md := range mds {
		n += len(md) + len(groupMark) + 2
	}
	var b strings.Builder
	b.Grow(n)
	for k, md := range mds {
		if k > 0 {
			b.WriteString("\n\n")
			marks, text, _ := headingText(md)
			b.WriteString(marks)
			b.WriteString(groupMark)
			md = text
		}
		b.WriteString(md)
	}
	return b.String()
}

// renderTask renders a task: the lines of each of its chunks (a piece's
// lines, for a piece).
func (r *Renderer) renderTask(t task, chunks [][]piece) ([][]string, error) {
	if t.plain {
		out := make([][]string, t.n)
		if t.n == 1 {
			out[0] = r.plainLines(t.md)
		} else {
			for k := range out {
				out[k] = r.plainLines(chunks[t.chunk+k][0].md)
			}
		}
		return out, nil
	}
	if t.n == 1 {
		lines, err := r.chunk(t.md)
		return [][]string{lines}, err
	}
	lines, err := r.chunk(t.md)
	if err != nil {
		return nil, err
	}
	if parts, ok := splitGroup(lines, t.n); ok {
		return parts, nil
	}
	out := make([][]string, t.n) // a mark lost: chunk by chunk
	for k := range out {
		if out[k], err = r.chunk(chunks[t.chunk+k][0].md); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// splitGroup cuts a group's lines at the lines holding its marks into
// the lines of its n chunks, the marks taken out and each part trimmed
// of blank lines at both ends; ok is false unless n-1 marks are found,
// one a line.
func splitGroup(lines []string, n int) ([][]string, bool) {
	parts := make([][]string, 0, n)
	from := 0
	for i, l := range lines {
		at := strings.Index(l, groupMark)
		if at < 0 {
			continue
		}
		if len(parts)+1 >= n || strings.Contains(l[at+len(groupMark):], groupMark) {
			return nil, false
		}
		parts = append(parts, trimBlankEnds(lines[from:i]))
		lines[i] = l[:at] + l[at+len(groupMark):]
		from = i
	}
	if len(parts) != n-1 {
		return nil, false
	}
	parts = append(parts, trimBlankEnds(lines[from:]))
	for _, p := range parts[1:] {
		// glamour styles the newline before a heading that is not the
		// document's first, so its line starts with the reset ending
		// that style: a chunk rendered alone has none
		if len(p) > 0 && strings.HasPrefix(p[0], sgrReset) {
			p[0] = p[0][len(sgrReset):]
		}
	}
	return parts, true
}

// trimBlankEnds drops blank lines from both ends.
func trimBlankEnds(lines []string) []string {
	start, end := 0, len(lines)
	for start < end && isBlank(lines[start]) {
		start++
	}
	for end > start && isBlank(lines[end-1]) {
		end--
	}
	return lines[start:end:end]
}

// assembleChunks gathers the rendered tasks into each chunk's lines,
// with note (budgetNote) where the tasks past the budget begin: before
// the first of their lines, or, when they begin with a chunk, at the
// end of the chunk before it, so each chunk still starts at its
// heading.
func (p *plan) assembleChunks(rendered [][][]string, note []string) [][]string {
	for k, t := range p.tasks {
		if !t.note {
			continue
		}
		if t.piece > 0 {
			rendered[k][0] = append(append(note[:len(note):len(note)], ""), rendered[k][0]...)
		} else {
			before := rendered[k-1]
			last := &before[len(before)-1]
			if len(*last) > 0 {
				*last = append(*last, "")
			}
			*last = append(*last, note...)
		}
	}
	out := make([][]string, len(p.pieces))
	k := 0
	for k < len(p.tasks) {
		t := p.tasks[k]
		if t.n > 1 || len(p.pieces[t.chunk]) == 1 {
			copy(out[t.chunk:], rendered[k])
			k++
			continue
		}
		n := len(p.pieces[t.chunk])
		parts := make([][]string, n)
		for j := range n {
			parts[j] = rendered[k+j][0]
		}
		out[t.chunk] = joinPieces(p.pieces[t.chunk], parts)
		k += n
	}
	return out
}
