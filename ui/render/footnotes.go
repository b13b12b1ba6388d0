package render

import (
	"strconv"
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
	"github.com/folio-reader/folio/library"
)

// Footnotes: a reference [^label] shows as [n], numbered in the order
// the references first appear, and each definition "[^label]: text"
// (with its indented lines) leaves its place to be gathered after the
// last chunk under a "Notes" heading.

var (
	footnoteRef    = lazyre.New(`\[\^([^\]\s]+)\]`)
	footnoteDefRef = lazyre.New(`^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$`)
)

// footnoteDef is the label of the footnote definition line l opens, or "".
func footnoteDef(l string) string {
	if !strings.Contains(l, "]:") {
		return ""
	}
	if m := footnoteDefRef.FindStringSubmatch(l); m != nil {
		return m[1]
	}
	return ""
}

// skipFootnoteDef is the line after the definition that starts at line i:
// its following lines indented, or blank between indented ones.
func skipFootnoteDef(lines []string, code []bool, i int) int {
	j := i + 1
	for j < len(lines) {
		l := lines[j]
		switch {
		case strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "\t"):
			j++
		case strings.TrimSpace(l) == "" && j+1 < len(lines) && (strings.HasPrefix(lines[j+1], "    ") || strings.HasPrefix(lines[j+1], "\t")):
			j++
		default:
			return j
		}
	}
	return j
}

// gatherFootnotes numbers the footnotes of body that are defined, in
// the order of their first reference (then, for those never referred
// to, of their definition), and collects their definitions.
func gatherFootnotes(body string) (map[string]int, []string) {
	lines := strings.Split(body, "\n")
	code := library.CodeLines(body)
	defs := map[string]string{}
	var order, defined []string
	for i := 0; i < len(lines); i++ {
		if i < len(code) && code[i] {
			continue
		}
		if label := footnoteDef(lines[i]); label != "" {
			end := skipFootnoteDef(lines, code, i)
			text := footnoteDefRef.FindStringSubmatch(lines[i])[2]
			for _, l := range lines[i+1 : end] {
				text += "\n" + strings.TrimPrefix(strings.TrimPrefix(l, "\t"), "    ")
			}
			if _, dup := defs[label]; !dup {
				defs[label] = text
				defined = append(defined, label)
			}
			i = end - 1
			continue
		}
		for _, m := range footnoteRef.FindAllStringSubmatch(lines[i], -1) {
			order = append(order, m[1])
		}
	}
	notes := map[string]int{}
	var texts []string
	// the definitions no reference names come last: glamour would hide
	// them, as it takes them for link definitions
	for _, label := range append(order, defined...) {
		if _, done := notes[label]; done {
			continue
		}
		if d, ok := defs[label]; ok {
			texts = append(texts, d)
			notes[label] = len(texts)
		}
	}
	return notes, texts
}

// footnoteRefs shows each reference in l of a defined footnote as [n].
func (p *prepass) footnoteRefs(l string) string {
	return footnoteRef.ReplaceAllStringFunc(l, func(m string) string {
		if n, ok := p.notes[m[2:len(m)-1]]; ok {
			return `\[` + strconv.Itoa(n) + `\]`
		}
		return m
	})
}

// notesMarkdown is the "Notes" section the definitions gather in, or ""
// when the article has none.
func (p *prepass) notesMarkdown() string {
	if len(p.defs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("## Notes\n\n")
	for i, d := range p.defs {
		b.WriteString(`\[` + strconv.Itoa(i+1) + `\] `)
		b.WriteString(p.apply(d))
		b.WriteString("\n\n")
	}
	return b.String()
}
