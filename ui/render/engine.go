package render

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/muesli/termenv"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// engine is glamour's terminal renderer on a goldmark of folio's own:
// the extensions glamour.NewTermRenderer sets up (GFM, definition
// lists, heading IDs), glamour's ANSI renderer for the nodes, and
// between the two folio's passes over the tree (astpasses.go). Owning
// the parser is what lets a chunk resolve the reference links the rest
// of its article defines, and show the text of HTML blocks that
// glamour's renderer prints as nothing.
type engine struct {
	md goldmark.Markdown
}

// newEngine builds the engine for a style, a width and a colour profile.
func newEngine(style ansi.StyleConfig, width int, profile termenv.Profile) *engine {
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	ar := ansi.NewRenderer(ansi.Options{WordWrap: width, ColorProfile: profile, Styles: style})
	md.SetRenderer(renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(ar, 1000))))
	return &engine{md: md}
}

// render renders one piece of markdown; refs are the reference
// definitions of the whole article, which its links may use.
func (e *engine) render(md string, refs references) (string, error) {
	src := []byte(md)
	ctx := parser.NewContext()
	if len(refs) > 0 {
		ctx = articleContext{Context: ctx, refs: refs}
	}
	doc := e.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	src = passes(doc, src)
	src, kept := hyphensKept(doc, src)
	var out bytes.Buffer
	if err := e.md.Renderer().Render(&out, src, doc); err != nil {
		return "", fmt.Errorf("rendering markdown: %w", err)
	}
	if kept {
		return hyphensBack(out.String()), nil
	}
	return out.String(), nil
}

// references are an article's link reference definitions, by their
// normalised label (util.ToLinkReference).
type references map[string]parser.Reference

// articleContext is a parse context that knows the article's reference
// definitions besides the piece's own: the first definition of a label
// in the article wins, as CommonMark has it, wherever it is written.
type articleContext struct {
	parser.Context
	refs references
}

func (c articleContext) Reference(label string) (parser.Reference, bool) {
	if r, ok := c.refs[label]; ok {
		return r, true
	}
	return c.Context.Reference(label)
}

// gatherReferences finds the reference definitions of a whole body
// ("[label]: https://… "title""), outside code, by parsing only the
// lines that may hold one with goldmark: a body without "]:" costs a
// search.
func gatherReferences(body string, code []bool) references {
	if !strings.Contains(body, "]:") {
		return nil
	}
	var defs strings.Builder
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		if i < len(code) && code[i] || !isDefinitionStart(l) {
			continue
		}
		defs.WriteString(l)
		defs.WriteByte('\n')
		if i+1 < len(lines) { // a title may stand on the next line
			if t := strings.TrimSpace(lines[i+1]); t != "" && strings.ContainsAny(t[:1], "\"'(") {
				defs.WriteString(lines[i+1])
				defs.WriteByte('\n')
			}
		}
		defs.WriteByte('\n')
	}
	if defs.Len() == 0 {
		return nil
	}
	ctx := parser.NewContext()
	goldmark.New().Parser().Parse(text.NewReader([]byte(defs.String())), parser.WithContext(ctx))
	refs := references{}
	for _, r := range ctx.References() {
		refs[util.ToLinkReference(r.Label())] = r
	}
	return refs
}

// isDefinitionStart: a line that may open a link reference definition,
// "[label]:" indented at most three spaces (not a footnote's "[^1]:").
func isDefinitionStart(l string) bool {
	i := 0
	for i < len(l) && i < 3 && l[i] == ' ' {
		i++
	}
	if i >= len(l) || l[i] != '[' || i+1 < len(l) && l[i+1] == '^' {
		return false
	}
	return strings.Index(l[i:], "]:") > 1
}

// walkKinds calls fn on every node of the kinds, children first; fn
// may replace or remove the node it is given.
func walkKinds(n ast.Node, fn func(ast.Node), kinds ...ast.NodeKind) {
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		walkKinds(c, fn, kinds...)
		for _, k := range kinds {
			if c.Kind() == k {
				fn(c)
				break
			}
		}
		c = next
	}
}
