package render

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The engine's passes over a parsed piece, before glamour's renderer
// draws it. Each works on the tree goldmark built, never on the text:
//
//   - htmlBlockText: an HTML block (a <div> of prose, a table cell's
//     paragraph) shows its text, which glamour's renderer would drop;
//   - linkShownOnce: a link whose text is its address (an Obsidian
//     [[Note]]) shows it once, not "Note Note";
//   - itemBlocksApart: the paragraphs of a list item are kept apart
//     (listitems.go).
//
// Text the passes make is added at the end of the source, which the
// renderer is then given: goldmark's nodes hold offsets into it.
func passes(doc ast.Node, src []byte) []byte {
	walkKinds(doc, func(n ast.Node) { src = htmlBlockText(n.(*ast.HTMLBlock), src) }, ast.KindHTMLBlock)
	walkKinds(doc, func(n ast.Node) { linkShownOnce(n.(*ast.Link), src) }, ast.KindLink)
	walkKinds(doc, func(n ast.Node) { src = itemBlocksApart(n.(*ast.ListItem), src) }, ast.KindListItem)
	return src
}

// htmlBlockText replaces an HTML block by the paragraphs of text it
// holds, or removes it when it holds none (a lone <div>, a <br>).
func htmlBlockText(n *ast.HTMLBlock, src []byte) []byte {
	var raw strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		raw.Write(seg.Value(src))
	}
	if n.HasClosure() {
		raw.Write(n.ClosureLine.Value(src))
	}
	parent := n.Parent()
	for _, p := range htmlText(raw.String()) {
		start := len(src)
		src = append(src, p...)
		src = append(src, '\n')
		para := ast.NewParagraph()
		para.AppendChild(para, ast.NewTextSegment(text.NewSegment(start, start+len(p))))
		parent.InsertBefore(parent, n, para)
	}
	parent.RemoveChild(parent, n)
	return src
}

// htmlText is the text of a piece of HTML as paragraphs: a block
// element (p, div, h2, li, tr…) or a <br> ends one; scripts, styles and
// comments show nothing; a picture shows its alt text. Entities are
// left as they are, for glamour's renderer resolves them; "*", "_" and
// the like are text, as a browser shows them.
func htmlText(raw string) []string {
	z := html.NewTokenizer(strings.NewReader(raw))
	var paras []string
	var cur strings.Builder
	skip := 0 // inside <script>, <style>…
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return paras
		case html.TextToken:
			if skip == 0 {
				cur.WriteString(html.EscapeString(string(z.Text())))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head:
				if z.Token().Type == html.StartTagToken {
					skip++
				} else if z.Token().Type == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			case atom.Img:
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "alt" && len(v) > 0 && skip == 0 {
						cur.WriteString(" ▣ " + html.EscapeString(string(v)) + " ")
					}
				}
				continue
			}
			if htmlBlockAtoms[a] {
				flush()
			} else {
				cur.WriteByte(' ')
			}
		}
	}
}

// htmlBlockAtoms are the elements that end a line of text.
var htmlBlockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Hr: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Blockquote: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true, atom.Figcaption: true, atom.Center: true,
	atom.Details: true, atom.Summary: true, atom.Main: true, atom.Form: true, atom.Picture: true,
}

// linkShownOnce drops the address of a link whose text is that address
// (or names the same page): glamour would print it after the text.
func linkShownOnce(n *ast.Link, src []byte) {
	dest := string(n.Destination)
	if strings.Contains(dest, "://") || strings.HasPrefix(dest, "#") || strings.HasPrefix(dest, "mailto:") {
		return
	}
	var label strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return
		}
		label.Write(t.Segment.Value(src))
	}
	page, _, _ := strings.Cut(dest, "#")
	if u, err := url.PathUnescape(page); err == nil {
		page = u
	}
	text := label.String()
	if before, _, ok := strings.Cut(text, " › "); ok { // [[Note#Heading]]
		text = before
	}
	if text == "" || !strings.EqualFold(strings.TrimSpace(text), strings.TrimSpace(page)) {
		return
	}
	parent := n.Parent()
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}
