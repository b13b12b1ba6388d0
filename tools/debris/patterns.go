package main

import (
	"bytes"
	"fmt"
	"html"
	"os/exec"
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// program renders one file to plain text; failed says why a run counts
// as failed whatever it printed ("" when it did not fail).
type program struct {
	name   string
	render func(file string) (out string, failed string)
}

func folioProgram(bin string) program {
	return program{name: "folio", render: func(file string) (string, string) {
		return runPlain(exec.Command(bin, "show", file, "--width", "80", "--color", "never", "--images", "off"))
	}}
}

func glowProgram(bin string) program {
	return program{name: "glow", render: func(file string) (string, string) {
		return runPlain(exec.Command(bin, "-s", "notty", "-w", "80", file))
	}}
}

func runPlain(cmd *exec.Cmd) (string, string) {
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Env = append(cmd.Environ(), "NO_COLOR=1", "TERM=dumb")
	if err := cmd.Run(); err != nil {
		return ansi.Strip(out.String()), fmt.Sprintf("exit: %v", err)
	}
	return ansi.Strip(out.String()), ""
}

// pattern is one kind of debris and how to count it in text.
type pattern struct {
	name  string
	count func(s string) int
}

func literal(name string, subs ...string) pattern {
	return pattern{name, func(s string) int {
		n := 0
		for _, sub := range subs {
			n += strings.Count(s, sub)
		}
		return n
	}}
}

func matching(name, re string) pattern {
	rx := regexp.MustCompile(re)
	return pattern{name, func(s string) int { return len(rx.FindAllStringIndex(s, -1)) }}
}

// patterns are the kinds of debris looked for: markup of static-site
// generators, HTML and markdown that a reader should never see as such.
var patterns = []pattern{
	literal("hugo-shortcode", "{{<", ">}}", "{{%", "%}}"),
	literal("liquid-tag", "{%", "%}"),
	literal("template", "{{", "}}"),
	literal("html-comment", "<!--", "-->"),
	literal("reference-link", "]["),
	literal("markdown-link", "]("),
	literal("heading-attr", "{#", "{:"),
	matching("admonition", `(?m)^\s*(!!!|\?\?\?\+?) `),
	literal("container", ":::"),
	matching("block-marker", `(?m)^\s*/// ?[a-z]*\s*$`),
	matching("mdc-block", `(?m)^\s*::[a-zA-Z]`),
	literal("wiki-link", "[[", "]]"),
	literal("obsidian-comment", "%%"),
	matching("mdx", `(?m)^\s*(import|export)\s+[^\n]*\bfrom\s+['"]|\{/\*`),
	literal("footnote", "[^"),
	// a tag's name, however its attributes run over lines
	matching("html-tag", `</?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)`),
}

// debris names the patterns out shows more often than code allows.
func debris(out, code string) []string {
	var found []string
	for _, p := range patterns {
		if p.count(out) > p.count(code) {
			found = append(found, p.name)
		}
	}
	return found
}

var (
	componentLine = regexp.MustCompile(`(?m)^[ \t]*</?[A-Z][\w.]*[^<>]*>[ \t]*$`)
	// code a static site shows as code: Hugo's highlight, code and
	// code-toggle shortcodes, Liquid's highlight
	siteCode     = regexp.MustCompile(`(?s)\{\{[<%]\s*(highlight|code-toggle|code)\b[^}]*[>%]\}\}(.*?)\{\{[<%]\s*/(highlight|code-toggle|code)\s*[>%]\}\}|\{%-?\s*highlight\b[^%]*%\}(.*?)\{%-?\s*endhighlight\s*-?%\}`)
	liquidRaw    = regexp.MustCompile(`(?s)\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}`)
	frontmatter  = regexp.MustCompile(`(?s)\A(?:\xef\xbb\xbf)?(---|\+\+\+)\r?\n.*?\r?\n(---|\+\+\+)[ \t]*(\r?\n|\z)`)
	entityWord   = regexp.MustCompile(`\S*&#\d+;\S*`)
	escapedTag   = regexp.MustCompile(`(?:\\<|&lt;)(/?[A-Za-z][\w-]*)`)
	escapedPair  = strings.NewReplacer(`\[\[`, "[[", `\]\]`, "]]", `\[`, "[", `\]`, "]", `\{`, "{", `\}`, "}")
	escapedShort = strings.NewReplacer("{{</*", "{{<", "*/>}}", ">}}", "{{%/*", "{{%", "*/%}}", "%}}")
)

// fencedCode is the text of the fenced code blocks of src, found line
// by line at any indentation: goldmark does not see a fence inside an
// MDX component's tags (an HTML block to it), where the renderers do.
func fencedCode(src string) string {
	var b strings.Builder
	fence := ""
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimLeft(strings.TrimSpace(l), "> ") // in a quote too
		if fence != "" {
			if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
				continue
			}
			b.WriteString(l)
			b.WriteByte('\n')
			continue
		}
		for _, f := range []string{"```", "~~~"} {
			if strings.HasPrefix(t, f) {
				n := len(t) - len(strings.TrimLeft(t, f[:1]))
				fence = strings.Repeat(f[:1], n)
			}
		}
	}
	return b.String()
}

// allowed is the text of src's code, which may show any markup: fenced
// and indented code blocks, code spans, Liquid raw bodies, and Hugo's
// escaped shortcodes ({{</* x */>}} shows as {{< x >}}).
func allowed(src []byte) string {
	src = frontmatter.ReplaceAll(src, nil)
	var b strings.Builder
	// a component's tag alone on its line (<Steps>) would make goldmark
	// read what it holds as HTML, its code spans and all
	parsed := componentLine.ReplaceAll(src, nil)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(parsed))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				b.Write(seg.Value(parsed))
			}
			b.WriteByte('\n')
		case ast.KindCodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(parsed))
				}
			}
			b.WriteByte('\n')
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	b.WriteString(fencedCode(string(src)))
	for _, m := range siteCode.FindAllSubmatch(src, -1) {
		b.Write(m[2])
		b.Write(m[4])
		b.WriteByte('\n')
	}
	for _, m := range liquidRaw.FindAllSubmatch(src, -1) {
		b.Write(m[1])
		b.WriteByte('\n')
	}
	for _, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, "{{</*") || strings.Contains(l, "{{%/*") {
			b.WriteString(escapedShort.Replace(l))
			b.WriteByte('\n')
		}
		// what the author escaped shows as written: \\<T\\>, &lt;div&gt;
		for _, m := range escapedTag.FindAllStringSubmatch(l, -1) {
			b.WriteString("<" + m[1] + " \n")
		}
		if strings.Contains(l, `\[`) || strings.Contains(l, `\{`) { // \[\[literal\]\]
			for _, w := range strings.Fields(l) {
				if strings.Contains(w, `\[`) || strings.Contains(w, `\]`) || strings.Contains(w, `\{`) {
					b.WriteString(escapedPair.Replace(w) + "\n")
				}
			}
		}
		for _, w := range entityWord.FindAllString(l, -1) { // {&#37; raw &#37;}
			b.WriteString(html.UnescapeString(w) + "\n")
		}
	}
	return b.String()
}
