package library

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// blocks.go finds headings line by line; glamour draws the ones goldmark
// parses. The contents, the FAQ and the jumps are only right when both
// see the same headings, so these tests hold the scanner to goldmark on
// the article's body (after Parse: what the renderer is given).
//
// Two differences are by design and left out of the comparison: a
// heading inside a list item or a block quote is drawn, not indexed
// (neither glow nor a site's table of contents lists those); and text
// is compared as words, emphasis and link markup aside, which the two
// strip in their own ways.

// goldmarkHeadings are the headings goldmark parses in body outside
// list items and block quotes, as "level text".
func goldmarkHeadings(body string) []string {
	src := []byte(body)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindList, ast.KindBlockquote:
			return ast.WalkSkipChildren, nil
		case ast.KindHeading:
			if t := spaced(plainOf(n, src)); t != "" {
				out = append(out, string(rune('0'+n.(*ast.Heading).Level))+" "+t)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// plainOf is the text of a node's inline content.
func plainOf(n ast.Node, src []byte) string {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.WriteString(html.UnescapeString(unescape(string(t.Segment.Value(src)))))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink: // GFM links a bare address
			b.Write(t.Label(src))
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// unescape resolves backslash escapes, which goldmark's text keeps.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// scannedHeadings are the library's headings of a, as "level text".
func scannedHeadings(a *Article) []string {
	var out []string
	for _, h := range a.Headings {
		if t := spaced(h.Text); t != "" {
			out = append(out, string(rune('0'+h.Level))+" "+t)
		}
	}
	return out
}

// spaced is text as words, the marks of emphasis, code and links aside
// (goldmark links "[ref]" when a definition of ref is anywhere).
func spaced(s string) string {
	s = strings.NewReplacer("*", " ", "_", " ", "`", " ", "[", "", "]", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// diffHeadings reports how the library's headings of an article differ
// from goldmark's parse of its body, or "".
func diffHeadings(a *Article) string {
	want, got := goldmarkHeadings(a.Body), scannedHeadings(a)
	if slices.Equal(want, got) {
		return ""
	}
	return "goldmark: " + strings.Join(want, " | ") + "\n scanner: " + strings.Join(got, " | ")
}

// On the bundled articles and every fixture the tests keep, the scanner
// finds goldmark's headings.
func TestHeadingsMatchGoldmark(t *testing.T) {
	t.Parallel()
	var files []string
	for _, pattern := range []string{"../articles/*.md", "testdata/*/*.md", "testdata/*/*.mdx", "testdata/*.md"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 8 {
		t.Fatalf("only %d fixtures found", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := Parse(filepath.Base(f), data)
		if err != nil {
			continue // a fixture of a bad file
		}
		if d := diffHeadings(a); d != "" {
			t.Errorf("%s:\n%s", f, d)
		}
	}
}

// headingLines are the kinds of line the fuzz target builds bodies of:
// headings of both kinds, what may hide one (code, comments, HTML
// blocks, containers) and what may make one (setext underlines after
// text). Left out, as no page writes them and goldmark reads them its
// own way: a table's delimiter row right above a setext underline, and
// a heading indented with a tab in a list item.
var headingLines = []string{
	"# One", "## Two words", "### Three *emph* `code`", "#### Four [link](https://e.com)", "##### Five \\#", "###### Six ##",
	"#NoSpace", "####### Seven", "   ## Indented three", "    ## Indented four", "## Attr {#id}", "## {#lead} Attr first",
	"Text line", "More text, a second line", "", "", "", "---", "===", "***", "- item", "1. item", "> quote",
	"```", "~~~", "```go", "    code line", "<!--", "-->", "<!-- one line -->", "<div>", "</div>", "<details>",
	":::tip", ":::", "!!! note", "    Indented body", "| a | b |", "{{< note >}}", "{{< /note >}}",
	"[ref]: https://e.com", "Setext heading", "  indented text", "<h2>HTML heading</h2>",
}

// FuzzHeadingsMatchGoldmark builds bodies from headingLines, a byte a
// line, and holds the scanner to goldmark on what Parse makes of them.
func FuzzHeadingsMatchGoldmark(f *testing.F) {
	f.Add([]byte{0, 12, 1, 14, 23, 12, 24, 13, 14, 42, 17})
	f.Add([]byte{27, 0, 28, 14, 31, 1, 32, 14, 33, 2, 34})
	f.Add([]byte{12, 13, 17, 14, 42, 18, 14, 35, 1, 36})
	f.Fuzz(func(t *testing.T, pick []byte) {
		if len(pick) > 64 {
			return
		}
		var b strings.Builder
		for _, p := range pick {
			b.WriteString(headingLines[int(p)%len(headingLines)])
			b.WriteByte('\n')
		}
		a, _, err := Parse("f.md", []byte(b.String()))
		if err != nil {
			return
		}
		if d := diffHeadings(a); d != "" {
			t.Fatalf("body:\n%s\n%s", a.Body, d)
		}
	})
}
