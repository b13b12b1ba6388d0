package library

import (
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
	f.Fuzz(checkMatchers)
}

func checkMatchers(t *testing.T, s string) {
	if got, want := isFAQHeading(s), faqHeadingRE.MatchString(s); got != want {
		t.Fatalf("isFAQHeading(%q) = %v, the expression says %v", s, got, want)
	}
	if got, want := isContentsHeading(s), contentsHeading.MatchString(s); got != want {
		t.Fatalf("isContentsHeading(%q) = %v, the expression says %v", s, got, want)
	}
	var got [][]int
	for m, ok := findLink(s, 0); ok; m, ok = findLink(s, m.end) {
		g := []int{m.start, m.end, m.start, m.start, m.textStart, m.textEnd, m.urlStart, m.urlEnd}
		if m.image {
			g[3] = m.start + 1
		}
		got = append(got, g)
	}
	want := linkPatternRE.FindAllStringSubmatchIndex(s, -1)
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("findLink(%q) = %v, the expression says %v", s, got, want)
	}
	if got, want := replaceLinks(s), linkPatternRE.ReplaceAllString(s, "$2"); got != want {
		t.Fatalf("replaceLinks(%q) = %q, the expression says %q", s, got, want)
	}
	if got, want := anchorOf(s), anchorOfRef(s); got != want {
		t.Fatalf("anchorOf(%q) = %q, want %q", s, got, want)
	}
	if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
	}
}

// anchorOfRef is anchorOf without its ASCII fast path.
func anchorOfRef(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ' || r == '-':
			b.WriteByte('-')
		case r == '_' || isWordRune(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
