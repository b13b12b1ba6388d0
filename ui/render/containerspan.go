package render

import (
	"strings"

	"github.com/folio-reader/folio/library"
)

// A ::: container may hold headings (Docusaurus and VitePress tips with a
// "### Step" inside, MkDocs admonitions made containers by the library).
// An article is rendered a chunk a heading, so such a container opens in
// one chunk and closes in a later one. openAt finds, for every chunk,
// the containers still open where it starts; the pre-pass then reads
// the chunk as their continuation: the callout goes on, without its
// label again, up to its closing fence, and no fence is left as text.

// openContainer is a ::: container open where a chunk starts.
type openContainer struct {
	colons      int
	kind, title string
}

// openAt lists, by chunk, the containers open at its start, outermost
// first; nil when no chunk starts inside one.
func openAt(a *library.Article) [][]openContainer {
	if len(a.Headings) == 0 || !strings.Contains(a.Body, ":::") {
		return nil
	}
	var out [][]openContainer
	var stack []openContainer
	lines := strings.Split(a.Body, "\n")
	code := library.CodeLines(a.Body)
	h := 0
	for i, l := range lines {
		for h < len(a.Headings) && a.Headings[h].Line <= i {
			if len(stack) > 0 && a.Headings[h].Line == i {
				if out == nil {
					out = make([][]openContainer, len(a.Headings)+1)
				}
				out[h+1] = append([]openContainer(nil), stack...)
			}
			h++
		}
		if i < len(code) && code[i] {
			continue
		}
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, ":::") {
			continue
		}
		n := len(t) - len(strings.TrimLeft(t, ":"))
		if n == len(t) {
			if len(stack) > 0 && n >= stack[len(stack)-1].colons {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if kind, title, ok := containerHead(l); ok {
			stack = append(stack, openContainer{colons: n, kind: kind, title: title})
		}
	}
	return out
}

// containerHead reads a container's opening line: its kind and title.
func containerHead(l string) (kind, title string, ok bool) {
	m := containerOpen.FindStringSubmatch(l)
	if m == nil || m[2] == "" && m[3] == "" { // ":::[Title]" is a note with a title
		return "", "", false
	}
	kind, title = strings.ToLower(m[2]), strings.TrimSpace(m[3])
	if kind == "" {
		kind = "note"
	}
	if title == "" {
		title = m[4]
	}
	title = strings.Trim(title, "\"'")
	if kind == "details" && title == "" {
		title = "Details"
	}
	return kind, title, true
}

// applyChunk is apply for chunk i of the article: a chunk that starts
// inside containers is read as their continuation.
func (p *prepass) applyChunk(md string, i int) string {
	if i < len(p.open) && len(p.open[i]) > 0 {
		q := *p
		q.startOpen = p.open[i]
		return q.apply(md)
	}
	return p.apply(md)
}
