package library

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// The expressions the hand-written matchers of match.go replace.
var (
	faqHeadingRE = regexp.MustCompile(`(?i)\bfaqs?\b|frequently asked`)
	// an address in angle brackets, or one whose parentheses balance;
	// wantLinks makes the two groups one, as linkMatch has it
	linkPatternRE = regexp.MustCompile(`(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*(?:<([^)\s>]*)|(` + balancedURL(3) + `))>?(?:\s+["'][^"']*["'])?\s*\)`)
)

// wantLinks is every link the expression finds in s, as submatch
// indexes with the address's two groups made one.
func wantLinks(s string) [][]int {
	var out [][]int
	for _, m := range linkPatternRE.FindAllStringSubmatchIndex(s, -1) {
		if m[6] < 0 {
			m[6], m[7] = m[8], m[9]
		}
		out = append(out, m[:8])
	}
	return out
}

// balancedURL is an address without \s or '>' whose parentheses are
// balanced, nested at most depth deep: the hand matcher balances them
// at any depth, so the expression is asked only about strings nested
// no deeper (parenDepth).
func balancedURL(depth int) string {
	const plain = `[^()\s>]`
	group := `\(` + plain + `*\)`
	for range depth - 1 {
		group = `\((?:` + plain + `|` + group + `)*\)`
	}
	return `(?:` + plain + `|` + group + `)*`
}

// parenDepth is how deeply s nests parentheses.
func parenDepth(s string) int {
	d, most := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			d++
			most = max(most, d)
		case ')':
			d = max(d-1, 0)
		}
	}
	return most
}

var matchSeeds = []string{
	"FAQ", "FAQs", "faqs!", "Frequently Asked Questions", "frequently aſked", "faqſ", "faqſx", "xfaq", "faq_", "FAQ: how?",
	"see [the docs](https://x.y/z \"Title\") and ![img](<a b>) or [a [b] c](#anchor)", "[a]( 'title')", "[a](  \"t\"  )",
	"[a](b c)", "[a](<b>)", "[js](javascript:alert(1))", "[a](b(c)", "[a](b(c)d)e)", "[a](b((c))) x", "[a](b(c d))", "[a](b(c)>)", "!![x](y)", "[[x](y)](z)", "[a](b 'c\")", "[a]\n(b)", "[a](\n)", "[a](b\f'c' )", "[](<)",
	"Table of contents", "Contents", "In this guide", "On this page", "table of conteNtſ", "Contents!",
}

func TestMatchersAgreeWithTheirExpressions(t *testing.T) {
	for _, s := range matchSeeds {
		checkMatchers(t, s)
	}
}

// FuzzMatchers checks the hand-written matchers against the regular
// expressions they replace.
func FuzzMatchers(f *testing.F) {
	for _, s := range matchSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The reference expression finds all links in time quadratic in
		// the length on lines built of unclosed tries, which the mutator
		// likes to build; past a few kilobytes a worker could still be
		// busy when the fuzz time ends. Long crafted lines are
		// TestCraftedLinkLines's.
		if len(s) > 4096 {
			return
		}
		checkMatchers(t, s)
	})
}

func checkMatchers(t *testing.T, s string) {
	if got, want := isFAQHeading(s), faqHeadingRE.MatchString(s); got != want {
		t.Fatalf("isFAQHeading(%q) = %v, the expression says %v", s, got, want)
	}
	if got, want := isContentsHeading(s), contentsHeading.MatchString(s); got != want {
		t.Fatalf("isContentsHeading(%q) = %v, the expression says %v", s, got, want)
	}
	if got, want := anchorOf(s), unicodeAnchor(s); got != want {
		t.Fatalf("anchorOf(%q) = %q, want %q", s, got, want)
	}
	if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
	}
	if parenDepth(s) > 3 {
		return // past the expression's depth: TestLinkAddressParentheses
	}
	want := wantLinks(s)
	if got := allLinks(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("findLink(%q) = %v, the expression says %v", s, got, want)
	}
	// The same with the tables taking over after the first link, and
	// from the start.
	if got := allLinks(s, 1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("findLink(%q), the tables taking over, = %v, the expression says %v", s, got, want)
	}
	if got := allLinks(s, 0); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("findLink(%q), with the tables, = %v, the expression says %v", s, got, want)
	}
	if got, want := replaceLinks(s), linkPatternRE.ReplaceAllString(s, "$2"); got != want {
		t.Fatalf("replaceLinks(%q) = %q, the expression says %q", s, got, want)
	}
}

// An address's parentheses are balanced at any depth, as CommonMark
// and goldmark have them, by the scans and by the tables alike.
func TestLinkAddressParentheses(t *testing.T) {
	deep := "[a](x" + strings.Repeat("(", 40) + strings.Repeat(")", 40) + ") after"
	for _, tc := range []struct{ in, text, url, rest string }{
		{"[js](javascript:alert(1))", "js", "javascript:alert(1)", ""},
		{"see [w](https://en.wikipedia.org/wiki/Go_(language)).", "w", "https://en.wikipedia.org/wiki/Go_(language)", "."},
		{"[a](b)c)", "a", "b", "c)"},
		{"[a](b((c))d) e", "a", "b((c))d", " e"},
		{deep, "a", deep[4 : len(deep)-7], " after"},
	} {
		for _, handOver := range []int{-1, 0} {
			got := allLinks(tc.in, handOver)
			if len(got) != 1 {
				t.Errorf("%q (tables %v): %d links, want 1", tc.in, handOver == 0, len(got))
				continue
			}
			m := got[0]
			if text, url, rest := tc.in[m[4]:m[5]], tc.in[m[6]:m[7]], tc.in[m[1]:]; text != tc.text || url != tc.url || rest != tc.rest {
				t.Errorf("%q (tables %v): text %q, address %q, then %q; want %q, %q, %q", tc.in, handOver == 0, text, url, rest, tc.text, tc.url, tc.rest)
			}
		}
	}
	// an unclosed group is no address, as in CommonMark: no link
	for _, s := range []string{"[a](b(c)", "[a](b(c d))", "[a](" + strings.Repeat("(", 50) + ")"} {
		if got := allLinks(s, -1); len(got) != 0 {
			t.Errorf("%q: links %v, want none", s, got)
		}
		if got := allLinks(s, 0); len(got) != 0 {
			t.Errorf("%q (tables): links %v, want none", s, got)
		}
	}
}

// allLinks is every link a linkFinder finds in s, as the expression's
// submatch indexes; after handOver links (if not negative) it finds the
// rest with its tables.
func allLinks(s string, handOver int) [][]int {
	var got [][]int
	f := newLinkFinder(s)
	if handOver == 0 {
		f.tables = newLinkTables(s)
	}
	for m, ok := f.next(0); ok; m, ok = f.next(m.end) {
		g := []int{m.start, m.end, m.start, m.start, m.textStart, m.textEnd, m.urlStart, m.urlEnd}
		if m.image {
			g[3] = m.start + 1
		}
		got = append(got, g)
		if len(got) == handOver {
			f.tables = newLinkTables(s)
		}
	}
	return got
}

// Lines crafted so that every try of the hand matcher scans to the end
// give the links the expression gives, found with the tables.
// BenchmarkFindLinkCrafted shows the time is linear in the length (it
// was quadratic: 3 to 6 s for 160 KB); the expression, quadratic on
// these too, is only asked about short ones.
func TestCraftedLinkLines(t *testing.T) {
	t.Parallel()
	for name, s := range craftedLinkLines(500) {
		want := wantLinks(s)
		f := newLinkFinder(s)
		for m, ok := f.next(0); ok; m, ok = f.next(m.end) {
		}
		if quadratic := name != "unclosed title" && name != "nested"; quadratic && f.tables == nil {
			t.Errorf("%s: the hand matcher kept going (budget left %d)", name, f.budget)
		}
		if got := allLinks(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: %d links, the expression finds %d", name, len(got), len(want))
		}
		if got, want := replaceLinks(s), linkPatternRE.ReplaceAllString(s, "$2"); got != want {
			t.Errorf("%s: replaceLinks differs from the expression", name)
		}
	}
}

// craftedLinkLines repeats each crafted piece n times. The last two
// never cost the hand matcher more than a pass or two.
func craftedLinkLines(n int) map[string]string {
	return map[string]string{
		"unclosed text":  strings.Repeat("[x[a](u)", n),
		"unclosed URL":   strings.Repeat("[a](", n),
		"brackets":       strings.Repeat("[", 4*n) + "]",
		"unclosed title": strings.Repeat("[a](u \"", n),
		"nested":         strings.Repeat("[[a]", n) + "](u)",
		"unclosed group": strings.Repeat("[a](x(", n),
	}
}

// BenchmarkFindLinkCrafted finds every link of crafted lines of about
// 160 KB and 1.3 MB: the time per byte stays the same.
func BenchmarkFindLinkCrafted(b *testing.B) {
	for _, n := range []int{20000, 160000} {
		for name, s := range craftedLinkLines(n) {
			b.Run(fmt.Sprintf("%s-%dKB", strings.ReplaceAll(name, " ", "-"), len(s)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					allLinks(s, -1)
				}
			})
		}
	}
}

// The addresses the hand matcher finds are goldmark's, for links whose
// address has no backslash escape or entity (which goldmark decodes).
// Two forms differ, as the expression the matcher mirrors does: an
// address holding '>' ("a>b") and one in angle brackets holding a space
// ("<a b>") are no link to it.
func TestLinkAddressesAgreeWithGoldmark(t *testing.T) {
	for _, addr := range []string{
		"javascript:alert(1)", "https://en.wikipedia.org/wiki/Go_(language)", "b((c))d", "a(b)(c)", "()", "x(y(z(w)))",
		"b(c", "b)c", "(", ")", "a(b c)", "<a(b>", "<ab>",
	} {
		src := "[t](" + addr + ") tail"
		var gm []string
		doc := goldmark.New().Parser().Parse(text.NewReader([]byte(src)))
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering {
				gm = append(gm, string(l.Destination))
			}
			return ast.WalkContinue, nil
		})
		var ours []string
		for _, m := range allLinks(src, -1) {
			ours = append(ours, src[m[6]:m[7]])
		}
		if !slices.Equal(ours, gm) {
			t.Errorf("%q: addresses %q, goldmark's %q", src, ours, gm)
		}
	}
}

// The links list has a javascript: link's whole address and its text
// without a stray parenthesis (issue 24: it lost its closing bracket).
func TestParseLinksBalanceParentheses(t *testing.T) {
	a, _, err := Parse("js.md", []byte("A [js](javascript:alert(1)) link and [w](https://en.wikipedia.org/wiki/Go_(language)).\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range a.Links {
		got = append(got, l.Text+" → "+l.URL)
	}
	want := []string{"js → javascript:alert(1)", "w → https://en.wikipedia.org/wiki/Go_(language)"}
	if !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}
