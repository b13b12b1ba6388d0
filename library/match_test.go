package library

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The expressions the hand-written matchers of match.go replace.
var (
	faqHeadingRE  = regexp.MustCompile(`(?i)\bfaqs?\b|frequently asked`)
	linkPatternRE = regexp.MustCompile(`(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'][^"']*["'])?\s*\)`)
)

var matchSeeds = []string{
	"FAQ", "FAQs", "faqs!", "Frequently Asked Questions", "frequently aſked", "faqſ", "faqſx", "xfaq", "faq_", "FAQ: how?",
	"see [the docs](https://x.y/z \"Title\") and ![img](<a b>) or [a [b] c](#anchor)", "[a]( 'title')", "[a](  \"t\"  )",
	"[a](b c)", "[a](<b>)", "!![x](y)", "[[x](y)](z)", "[a](b 'c\")", "[a]\n(b)", "[a](\n)", "[a](b\f'c' )", "[](<)",
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
	want := linkPatternRE.FindAllStringSubmatchIndex(s, -1)
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
	if got, want := anchorOf(s), unicodeAnchor(s); got != want {
		t.Fatalf("anchorOf(%q) = %q, want %q", s, got, want)
	}
	if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
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
		want := linkPatternRE.FindAllStringSubmatchIndex(s, -1)
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
