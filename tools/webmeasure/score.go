package main

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
)

// htmlBlocks separate words: text on either side of them is never one word.
var htmlBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Br: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Table: true, atom.Pre: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Figure: true, atom.Figcaption: true, atom.Img: true, atom.Hr: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Main: true, atom.Caption: true,
}

// htmlText is the text of an HTML document as a reader sees it: text
// nodes joined, a space at each block's edges, no script or style.
func htmlText(doc []byte) string {
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		block := n.Type == html.ElementNode && htmlBlocks[n.DataAtom]
		if block {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(root)
	return b.String()
}

var md = goldmark.New(goldmark.WithExtensions(extension.GFM))

// markdownText is the text a reader sees of a markdown body: no
// syntax, no link or image addresses, image alt text kept.
func markdownText(src []byte) string {
	doc := md.Parser().Parse(text.NewReader(src))
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Type() == ast.TypeBlock || n.Kind() == east.KindTableCell {
			b.WriteByte(' ')
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Text: // "&lt;" is "<" to the reader
			b.WriteString(html.UnescapeString(string(x.Value(src))))
			if x.SoftLineBreak() || x.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(x.Value)
		case *ast.AutoLink:
			b.Write(x.Label(src))
		case *ast.RawHTML:
			for i := 0; i < x.Segments.Len(); i++ {
				s := x.Segments.At(i)
				b.Write(s.Value(src))
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				s := lines.At(i)
				b.Write(s.Value(src))
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// wordRe is a word as the article-extraction benchmark counts one
// (Python's \w+ with re.UNICODE).
var wordRe = regexp.MustCompile(`[\p{L}\p{N}\p{M}_]+`)

func words(s string) []string { return wordRe.FindAllString(s, -1) }

// tokenF1 is the F1 of the bag of words got against want.
func tokenF1(want, got []string) float64 {
	if len(want) == 0 && len(got) == 0 {
		return 1
	}
	counts := map[string]int{}
	for _, w := range want {
		counts[w]++
	}
	tp := 0
	for _, w := range got {
		if counts[w] > 0 {
			counts[w]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(len(got)), float64(tp)/float64(len(want))
	return 2 * p * r / (p + r)
}

// shingleCounts is the benchmark's string_shingle_matching: true and
// false positives and false negatives over 4-word shingles, normalised
// to sum to 1 so that long pages weigh no more than short ones.
func shingleCounts(want, got []string) (tp, fp, fn float64) {
	w, g := shingles(want), shingles(got)
	for k, wc := range w {
		gc := g[k]
		tp += float64(min(wc, gc))
		fn += float64(max(0, wc-gc))
	}
	for k, gc := range g {
		fp += float64(max(0, gc-w[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

func shingles(toks []string) map[string]int {
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	for i := 0; i < max(1, len(toks)-3); i++ {
		out[strings.Join(toks[i:min(i+4, len(toks))], "\x00")]++
	}
	return out
}

// shingleF1 is one page's F1 over 4-word shingles.
func shingleF1(want, got []string) float64 {
	tp, fp, fn := shingleCounts(want, got)
	if tp == 0 {
		if fp == 0 && fn == 0 {
			return 1
		}
		return 0
	}
	return 2 * tp / (2*tp + fp + fn)
}

// benchmarkF1 is the article-extraction benchmark's score of a set:
// precision and recall averaged over the pages (precision only where
// something was extracted), then their F1.
func benchmarkF1(counts [][3]float64) (f1, precision, recall float64) {
	var np, nr int
	for _, c := range counts {
		tp, fp, fn := c[0], c[1], c[2]
		if tp+fp > 0 {
			precision += ratio(tp, fp, fn, fp)
			np++
		}
		if tp+fn > 0 {
			recall += ratio(tp, fp, fn, fn)
			nr++
		}
	}
	if np > 0 {
		precision /= float64(np)
	}
	if nr > 0 {
		recall /= float64(nr)
	}
	if precision+recall == 0 {
		return 0, precision, recall
	}
	return 2 * precision * recall / (precision + recall), precision, recall
}

// ratio is tp/(tp+miss) with the benchmark's edge cases.
func ratio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}

// mojibakeRe finds the usual traces of a wrong decoding: UTF-8 read as
// Windows-1252 ("Ã©", "â€™", "Â "), and the replacement character.
var mojibakeRe = regexp.MustCompile("Ã[\u0080-\u00bf\u2018-\u203a\u0152-\u017e\u02c6\u02dc]|â€|Â[\u00a0-\u00bf]|\ufffd")

// mojibake counts the traces of a wrong decoding in s: the marks above,
// and runs of Latin-1 letters that are UTF-8 when encoded back as
// Windows-1252 (a Japanese or Russian page read as Western).
func mojibake(s string) int {
	n := len(mojibakeRe.FindAllStringIndex(s, -1))
	enc := charmap.Windows1252.NewEncoder()
	for _, run := range latinRunRe.FindAllString(s, -1) {
		if b, err := enc.Bytes([]byte(run)); err == nil && utf8.Valid(b) && utf8.RuneCount(b) < len(b) {
			n++
		}
	}
	return n
}

// latinRunRe is a run of three or more characters of Windows-1252's
// upper half: what a multi-byte UTF-8 text looks like read as Western.
var latinRunRe = regexp.MustCompile("[\u00a0-\u00ff\u0152-\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{3,}")

// normal is s lower-cased with runs of space made one and a leading
// "by" dropped, for comparing names and titles.
func normal(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range []string{"by ", "par ", "written by "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Trim(s, " .,:;|-–—")
}
