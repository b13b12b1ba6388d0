package render

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
	"github.com/yuin/goldmark/util"
)

// A reference link whose definition the article does not hold — MkDocs
// sites append theirs from a shared file, a Jekyll post makes them in a
// Liquid loop — would show as written, "[projects directory][config]".
// On the site it is a link; here it shows its text, "projects
// directory". Links whose definition the article holds are goldmark's
// (engine.go resolves them across the whole article).

var refLinkRE = lazyre.New(`(!?)\[((?:[^\[\]\\]|\\.)+)\]\[([^\[\]]*)\]`)

// unresolvedRefs shows each reference link of l with no definition in
// refs as its text, outside code spans.
func unresolvedRefs(l string, refs references) string {
	if !strings.Contains(l, "][") {
		return l
	}
	var b strings.Builder
	last := 0
	for _, m := range refLinkRE.FindAllStringSubmatchIndex(l, -1) {
		if m[0] < last || l[m[2]:m[3]] == "!" || inCode(l, m[0]) {
			continue
		}
		text, label := l[m[4]:m[5]], l[m[6]:m[7]]
		if label == "" {
			label = text
		}
		if strings.HasPrefix(label, "^") { // a footnote
			continue
		}
		if _, ok := refs[util.ToLinkReference([]byte(label))]; ok {
			continue
		}
		b.WriteString(l[last:m[0]])
		b.WriteString(text)
		last = m[1]
	}
	if last == 0 {
		return l
	}
	b.WriteString(l[last:])
	return b.String()
}

// inCode reports whether l[at] lies in a code span: after an odd number
// of backtick runs.
func inCode(l string, at int) bool {
	open := false
	for i := 0; i < at; i++ {
		if l[i] == '`' {
			for i+1 < at && l[i+1] == '`' {
				i++
			}
			open = !open
		}
	}
	return open
}
