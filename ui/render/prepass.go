package render

import (
	"strings"

	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render/picture"
)

// The pre-pass turns the constructs glamour does not know into markdown
// it renders well, before each chunk reaches it: GitHub alerts, :::
// containers and MDX callouts become labelled blocks, <details> its
// summary line and its content, HTML tables markdown tables, footnote
// references [1] with their definitions gathered under "Notes" after the
// last chunk, and pictures either a picture or their alt text. It works
// on one chunk at a time and keeps every heading line where it is: the
// lines of headings and FAQ questions are still found as before.
//
// Blocks glamour cannot draw (labelled blocks, pictures) are marked in
// the markdown with lines that start with blockMark, which chunk splits
// on and draws itself.

// blockMark starts a line of the pre-pass's own; no article has one, as
// apply drops NUL bytes first.
const blockMark = "\x00folio:"

// prepass is what the pre-pass knows of the article being rendered.
type prepass struct {
	dir       string            // the article's folder, for relative pictures
	notes     map[string]int    // footnote label → its number, in order of first reference
	defs      []string          // the definitions' markdown, by number-1
	refs      references        // the link reference definitions, for every chunk's links
	open      [][]openContainer // by chunk, the ::: containers open at its start (containerspan.go)
	startOpen []openContainer   // the containers the text being read continues
	pictures  bool              // draw local pictures rather than their alt text
	pics      *picture.Cache    // finds them, within the article's library folder
	width     int               // the width rendered at, for tables too wide for it
	depth     int               // how deep in blocks this pass is

	// limit, when not 0, stops the pass once what it made costs that
	// much (plain.go), a line of code costing codeCost; what it did not
	// read is rest, to be shown as written: so the pass over a huge
	// chunk past the render budget is not made for nothing.
	limit, codeCost int
	rest            string
}

// maxBlockDepth bounds blocks within blocks: deeper ones are left as
// they are written, so no crafted nesting can recurse without end.
const maxBlockDepth = 8

// nested is the pass for the text inside a block.
func (p *prepass) nested() *prepass {
	q := *p
	q.depth++
	q.startOpen = nil
	q.limit, q.rest = 0, ""
	return &q
}

// newPrepass prepares the pre-pass for article a.
func newPrepass(a *library.Article, o Options) *prepass {
	p := &prepass{dir: articleDir(a.Path), pictures: drawsPictures(o), pics: o.Pictures, open: openAt(a), width: max(o.Width, MinWidth)}
	if strings.Contains(a.Body, "[^") {
		p.notes, p.defs = gatherFootnotes(a.Body)
	}
	if strings.Contains(a.Body, "]:") {
		p.refs = gatherReferences(termsafe.Markdown(a.Body), library.CodeLines(a.Body))
	}
	return p
}

// apply returns the chunk md with its constructs turned into markdown
// and block marks. A chunk with none of them is returned as it is.
func (p *prepass) apply(md string) string {
	if !mayHaveConstructs(md) && len(p.startOpen) == 0 {
		return md
	}
	return p.applyAll(md)
}

// applyAll is apply without its quick look; a text that continues open
// containers (startOpen) is read as their body first.
func (p *prepass) applyAll(md string) string {
	if p.depth > maxBlockDepth {
		return md
	}
	md = strings.ReplaceAll(md, "\x00", "")
	lines := strings.Split(md, "\n")
	code := library.CodeLines(md)
	out := make([]string, 0, len(lines)+8)
	i := 0
	if len(p.startOpen) > 0 {
		next, block := p.continueContainer(lines, code)
		out = append(out, block...)
		i = next
	}
	spent := 0
	for i < len(lines) {
		if p.limit > 0 && spent >= p.limit {
			p.rest = strings.Join(lines[i:], "\n")
			break
		}
		if i < len(code) && code[i] {
			out = append(out, lines[i])
			spent += p.codeCost * (1 + len(lines[i])/p.width)
			i++
			continue
		}
		from := len(out)
		if next, block, ok := p.block(lines, code, i); ok {
			out = append(out, block...)
			i = next
		} else if label := footnoteDef(lines[i]); label != "" && p.notes[label] > 0 { // gathered in the Notes
			i = skipFootnoteDef(lines, code, i)
		} else {
			out = append(out, p.inline(lines[i]))
			i++
		}
		if p.limit > 0 {
			spent += cost(strings.Join(out[from:], "\n"), p.width, p.codeCost)
		}
	}
	return strings.Join(out, "\n")
}

// mayHaveConstructs is a quick look for what apply changes.
func mayHaveConstructs(md string) bool {
	return strings.Contains(md, "[!") || strings.Contains(md, ":::") || strings.Contains(md, "<") ||
		strings.Contains(md, "[^") || strings.Contains(md, "![") || strings.ContainsAny(md, "\x00\t") ||
		strings.Contains(md, "|-") || strings.Contains(md, "| -") || strings.Contains(md, "|:") || strings.Contains(md, "][")
}

// block turns the construct that starts at line i, if one does, into
// the lines that replace it, and says where the lines after it start.
func (p *prepass) block(lines []string, code []bool, i int) (next int, out []string, ok bool) {
	l := lines[i]
	t := strings.TrimSpace(l)
	if t == "" {
		return 0, nil, false
	}
	if len(l)-len(strings.TrimLeft(l, " ")) >= 4 { // indented code, or a list item's content
		if strings.HasPrefix(t, ":::") {
			return p.listContainer(lines, code, i)
		}
		return 0, nil, false
	}
	switch {
	case strings.HasPrefix(t, ">") && strings.Contains(t, "[!"):
		return p.alert(lines, i)
	case strings.HasPrefix(t, ":::"):
		return p.container(lines, code, i)
	case strings.HasPrefix(t, "<"):
		lower := strings.ToLower(t)
		switch {
		case strings.HasPrefix(lower, "<details"):
			return p.details(lines, code, i)
		case strings.HasPrefix(lower, "<table"):
			return htmlTable(lines, i)
		}
	case strings.HasPrefix(t, "!["), strings.HasPrefix(t, "[!["):
		if next, out, ok := p.pictureLine(t, i); ok {
			return next, out, ok
		}
	}
	if strings.IndexByte(t, '|') >= 0 {
		return wideTable(lines, code, i, p.width)
	}
	return 0, nil, false
}

// inline turns the constructs within one line: footnote references,
// pictures, and tabs within text, which glamour would print as they are
// ("code\tafter"): each is a space, as markdown reads it. Tabs that
// indent the line are kept.
func (p *prepass) inline(l string) string {
	if i := strings.IndexByte(l, '\t'); i >= 0 && strings.TrimLeft(l[:i], " \t") != "" {
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		l = l[:indent] + strings.ReplaceAll(l[indent:], "\t", " ")
	}
	if len(p.notes) > 0 && strings.Contains(l, "[^") {
		l = p.footnoteRefs(l)
	}
	if strings.Contains(l, "![") {
		l = p.inlinePictures(l)
	}
	if strings.Contains(l, "][") {
		l = unresolvedRefs(l, p.refs)
	}
	return l
}

// segment is a piece of a chunk: markdown for glamour, or a block the
// pre-pass marked.
type segment struct {
	md    string
	block []string // the mark's line, then the block's markdown lines
}

// segments splits prepared markdown at its block marks: a block runs
// from its mark line to the matching end mark.
func segments(md string) []segment {
	var out []segment
	lines := strings.Split(md, "\n")
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, segment{md: strings.Join(lines[start:end], "\n")})
		}
	}
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], blockMark) || lines[i] == blockEnd {
			continue
		}
		flush(i)
		if isLeafMark(lines[i]) { // a picture: its mark alone, no end
			out = append(out, segment{block: lines[i : i+1]})
			start = i + 1
			continue
		}
		depth, j := 1, i+1
		for ; j < len(lines) && depth > 0; j++ {
			switch {
			case lines[j] == blockEnd:
				depth--
			case strings.HasPrefix(lines[j], blockMark) && !isLeafMark(lines[j]):
				depth++
			}
		}
		end := j
		if depth == 0 {
			end = j - 1 // without the end mark
		}
		out = append(out, segment{block: lines[i:end]})
		i = j - 1
		start = j
	}
	flush(len(lines))
	return out
}

// blockEnd closes a block mark that holds markdown.
const blockEnd = blockMark + "end"
