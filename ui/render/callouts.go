package render

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
	"github.com/muesli/termenv"
)

// calloutKind is how one kind of callout is labelled.
type calloutKind struct {
	word, icon, color string
}

// calloutKinds are GitHub's five alerts; aliasKinds maps the names
// Docusaurus, VitePress, Starlight and MDX components use onto them.
var calloutKinds = map[string]calloutKind{
	"note":      {"Note", "ℹ", "#4493f8"},
	"tip":       {"Tip", "✦", "#3fb950"},
	"important": {"Important", "❢", "#ab7df8"},
	"warning":   {"Warning", "⚠", "#d29922"},
	"caution":   {"Caution", "✖", "#f85149"},
}

var aliasKinds = map[string]string{
	"info": "note", "information": "note", "callout": "note", "aside": "note", "default": "note", "secondary": "note",
	"hint": "tip", "success": "tip", "check": "tip", "done": "tip",
	"danger": "caution", "error": "caution", "bug": "caution", "failure": "caution", "fail": "caution", "missing": "caution",
	"attention": "warning", "warn": "warning",
}

// kindOf is the callout kind a name gives, and the word to label an
// unknown one with ("example" is labelled Example, as a note).
func kindOf(name string) calloutKind {
	name = strings.ToLower(strings.TrimSpace(name))
	if a, ok := aliasKinds[name]; ok {
		name = a
	}
	if k, ok := calloutKinds[name]; ok {
		return k
	}
	k := calloutKinds["note"]
	if name != "" {
		k.word = strings.ToUpper(name[:1]) + name[1:]
	}
	return k
}

var alertLine = lazyre.New(`^\s{0,3}>\s?\[!([A-Za-z][\w-]*)\][+-]?[ \t]*(.*)$`)

// alert reads a GitHub alert or an Obsidian callout: a block quote whose
// first line is [!NOTE] (or TIP, IMPORTANT, WARNING, CAUTION, or any of
// Obsidian's kinds: info, question, example, quote…), the rest of the
// quote its text. Obsidian writes a title after the marker ("> [!tip]
// Title", "> [!faq]- Folded"); a foldable one is shown open.
func (p *prepass) alert(lines []string, i int) (int, []string, bool) {
	m := alertLine.FindStringSubmatch(lines[i])
	if m == nil {
		return 0, nil, false
	}
	title := strings.TrimSpace(m[2])
	var body []string
	if m[1] == strings.ToUpper(m[1]) && calloutKinds[strings.ToLower(m[1])].word != "" && title != "" {
		body, title = append(body, title), "" // GitHub's "[!NOTE] Text": the text begins the note
	}
	j := i + 1
	for ; j < len(lines); j++ {
		t := strings.TrimLeft(lines[j], " ")
		if !strings.HasPrefix(t, ">") {
			break
		}
		t = strings.TrimPrefix(t[1:], " ")
		body = append(body, t)
	}
	return j, p.nested().calloutBlock(strings.ToLower(m[1]), title, body, false), true
}

var containerOpen = lazyre.New(`^\s{0,3}(:{3,})\s*([A-Za-z][\w-]*)?\s*(?:\[([^\]]*)\])?\s*(.*?)\s*$`)

// opensKind reports a line containerOpen matches with a kind, and its
// colons: by hand, as it runs on every line of a container's body (a
// thousand nested containers made the expression most of a render).
func opensKind(l string) (colons int, ok bool) {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '\n' || l[i] == '\f' || l[i] == '\r') {
		i++
	}
	if i > 3 {
		return 0, false
	}
	start := i
	for i < len(l) && l[i] == ':' {
		i++
	}
	colons = i - start
	for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '\n' || l[i] == '\f' || l[i] == '\r') {
		i++
	}
	if colons < 3 || i >= len(l) || !(l[i] >= 'a' && l[i] <= 'z' || l[i] >= 'A' && l[i] <= 'Z') {
		return 0, false
	}
	return colons, true
}

// container reads a ::: container (Docusaurus, VitePress, Starlight):
// ":::tip", ":::note[Title]", "::: warning Title", ":::details Title",
// up to a line of as many colons or more; an unclosed one runs to the
// end of the chunk.
func (p *prepass) container(lines []string, code []bool, i int) (int, []string, bool) {
	kind, title, ok := containerHead(lines[i])
	if !ok {
		return 0, nil, false
	}
	t := strings.TrimSpace(lines[i])
	colons := len(t) - len(strings.TrimLeft(t, ":"))
	next, block := p.containerBody(lines, code, i+1, openContainer{colons: colons, kind: kind, title: title}, false)
	return next, block, true
}

// listContainer reads a ::: container indented as a list item's
// content (Starlight's steps hold tips): glamour draws the list, and a
// callout drawn apart would break it, so the container becomes a quote
// in the item, its label in bold on its first line.
func (p *prepass) listContainer(lines []string, code []bool, i int) (int, []string, bool) {
	kind, title, ok := containerHead(strings.TrimLeft(lines[i], " "))
	if !ok {
		return 0, nil, false
	}
	l := lines[i]
	indent := l[:len(l)-len(strings.TrimLeft(l, " "))]
	t := strings.TrimSpace(l)
	colons := len(t) - len(strings.TrimLeft(t, ":"))
	k := kindOf(kind)
	label := k.icon + " " + k.word
	if title != "" && !strings.EqualFold(title, k.word) {
		label += ": " + title
	}
	out := []string{indent + "> **" + strings.NewReplacer("*", `\*`, "_", `\_`).Replace(label) + "**", indent + ">"}
	j := i + 1
	for ; j < len(lines); j++ {
		bt := strings.TrimSpace(lines[j])
		if !(j < len(code) && code[j]) && len(bt) >= colons && strings.Trim(bt, ":") == "" {
			j++
			break
		}
		out = append(out, indent+"> "+strings.TrimPrefix(lines[j], indent))
	}
	return j, out, true
}

// continueContainer reads the start of a chunk as the body of the
// containers open before it (startOpen), the outermost first: their
// labels were drawn in the chunk that opened them.
func (p *prepass) continueContainer(lines []string, code []bool) (int, []string) {
	return p.containerBody(lines, code, 0, p.startOpen[0], true)
}

// containerBody reads a container's body from line j to its closing
// fence and returns its block; continued leaves its label out.
func (p *prepass) containerBody(lines []string, code []bool, j int, c openContainer, continued bool) (int, []string) {
	open := []int{c.colons} // the colons of each container open, innermost last
	// A continued chunk starts inside every container of startOpen: the
	// innermost closes first.
	if continued {
		open = open[:0]
		for _, o := range p.startOpen {
			open = append(open, o.colons)
		}
	}
	var body []string
	for ; j < len(lines); j++ {
		if j < len(code) && code[j] {
			body = append(body, lines[j])
			continue
		}
		t := strings.TrimSpace(lines[j])
		if strings.HasPrefix(t, ":::") {
			n := len(t) - len(strings.TrimLeft(t, ":"))
			if n == len(t) && n >= open[len(open)-1] {
				if open = open[:len(open)-1]; len(open) == 0 {
					j++
					break
				}
			} else if colons, ok := opensKind(lines[j]); ok {
				open = append(open, colons)
			}
		}
		body = append(body, lines[j])
	}
	inner := p.nested()
	if continued && len(p.startOpen) > 1 {
		inner.startOpen = p.startOpen[1:]
	}
	if c.kind == "details" {
		return j, inner.detailsBlock(c.title, body, continued)
	}
	return j, inner.calloutBlock(c.kind, c.title, body, continued)
}

// calloutBlock is the block mark of a callout and its text, prepared
// by p (the pass for the text inside it); a continued one draws no label.
func (p *prepass) calloutBlock(kind, title string, body []string, continued bool) []string {
	title = strings.ReplaceAll(title, "\n", " ")
	mark := blockMark + "callout:"
	if continued {
		mark = blockMark + "callout-continued:"
	}
	out := []string{mark + kind + ":" + title}
	if len(body) > 0 {
		out = append(out, strings.Split(p.apply(strings.Join(body, "\n")), "\n")...)
	}
	return append(out, blockEnd)
}

// detailsBlock is a <details> (or :::details): its summary on a line of
// its own (not again when continued), then its content, prepared by p.
func (p *prepass) detailsBlock(summary string, body []string, continued bool) []string {
	var out []string
	if !continued {
		out = []string{"▸ " + strings.TrimSpace(summary), ""}
	}
	if len(body) > 0 {
		out = append(out, strings.Split(p.apply(strings.Join(body, "\n")), "\n")...)
	}
	return append(out, "")
}

// drawCallout draws a callout block: its label (icon, kind, title) and
// its text rendered within a bar, in the kind's colour when colour is on.
func (r *Renderer) drawCallout(mark string, body []string) ([]string, error) {
	spec, continued := strings.CutPrefix(mark, blockMark+"callout-continued:")
	if !continued {
		spec = strings.TrimPrefix(mark, blockMark+"callout:")
	}
	name, title, _ := strings.Cut(spec, ":")
	title = plainInline(title)
	k := kindOf(name)
	label := k.icon + " " + k.word
	if title != "" && !strings.EqualFold(title, k.word) {
		label += ": " + title
	}
	bar := "│"
	if r.opts.Color {
		c := r.opts.Profile.Color(k.color)
		bar = termenv.String(bar).Foreground(c).String()
		label = termenv.String(label).Foreground(c).Bold().String()
	}
	out := []string{"  " + bar + "  " + label}
	if continued {
		out = out[:0]
	}
	if len(body) > 0 {
		inner, err := r.innerRenderer()
		if err != nil {
			return nil, err
		}
		lines, err := inner.chunk(strings.Join(body, "\n"))
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			out = append(out, "  "+bar+l)
		}
	}
	return out, nil
}

var (
	inlineLink     = lazyre.New(`!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\([^()\s]*(?:\s+"[^"]*")?\)`)
	inlineHTML     = lazyre.New(`(?i)</?(?:a|b|i|u|s|em|strong|code|kbd|mark|span|sup|sub|small|br|abbr|del|ins)(?:\s[^<>]*)?/?>`)
	inlineEmphasis = lazyre.New("(\\*\\*|__|\\*|_|`)([^*_`]+)(\\*\\*|__|\\*|_|`)")
)

// plainInline is a line of markdown as the text it shows (a callout's
// title, drawn here and not by glamour): links their text, emphasis
// and code their words, escapes resolved.
func plainInline(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		s = inlineHTML.ReplaceAllString(s, "")
	}
	if !strings.ContainsAny(s, "[*_`\\") {
		return s
	}
	s = inlineLink.ReplaceAllString(s, "$1")
	for range 3 {
		next := inlineEmphasis.ReplaceAllStringFunc(s, func(m string) string {
			sub := inlineEmphasis.FindStringSubmatch(m)
			if sub[1] != sub[3] {
				return m
			}
			return sub[2]
		})
		if next == s {
			break
		}
		s = next
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// innerRenderer renders the text inside a block, three cells narrower
// than r; it is built once, when first needed.
func (r *Renderer) innerRenderer() (*Renderer, error) {
	if r.inner == nil {
		o := r.opts
		o.Width = max(o.Width-3, MinWidth)
		in, err := New(o)
		if err != nil {
			return nil, err
		}
		r.inner = in
	}
	r.inner.refs = r.refs
	return r.inner, nil
}
