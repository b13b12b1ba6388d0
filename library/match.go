package library

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written matchers for the patterns that run on every heading and
// every line of every article at load. Each does exactly what the
// regular expression it replaces does (the expressions are kept in
// match_test.go, whose fuzz targets check the two agree).
//
// Measured against the expressions (go test ./library -bench
// 'LinksOfLines|FAQHeadings' -count 6, benchstat; 2026-12-03, 2 CPUs
// shared with other jobs, load average 11–18, so ± 20–60%): the links of
// every line of 1,000 synthetic 4 KB articles take 10 ms by hand and
// 867 ms with regexp; their FAQ headings 4.9 ms and 74 ms. At 10,000
// articles the expressions would add seconds to a cold Load (192 ms in
// README § Bench), and the link expression is quadratic on crafted
// lines (see linkFinder). They stay.

// isFAQHeading is `(?i)\bfaqs?\b|frequently asked`.
func isFAQHeading(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != 'f' {
			continue
		}
		if _, ok := foldPrefix(s, i, "frequently asked"); ok {
			return true
		}
		if !wordBoundary(s, i) {
			continue
		}
		e, ok := foldPrefix(s, i, "faq")
		if !ok {
			continue
		}
		if wordBoundary(s, e) {
			return true
		}
		if e2, ok := foldPrefix(s, e, "s"); ok && wordBoundary(s, e2) {
			return true
		}
	}
	return false
}

// maxContentsHeading bounds the length in bytes of a heading
// contentsHeading can match: its longest phrase has 17 letters, and only
// an s may be written with two bytes (ſ matches s without regard to case).
const maxContentsHeading = 24

// isContentsHeading is contentsHeading.MatchString, skipping the
// expression for the headings too long to match.
func isContentsHeading(s string) bool {
	return len(s) <= maxContentsHeading && contentsHeading.MatchString(s)
}

// foldPrefix reports whether s[i:] starts with pat (lower-case ASCII)
// as (?i) compares it: ASCII case, K (Kelvin sign) for k and ſ (long s)
// for s. end is where the match ends.
func foldPrefix(s string, i int, pat string) (end int, ok bool) {
	for j := 0; j < len(pat); j++ {
		if i >= len(s) {
			return 0, false
		}
		c, p := s[i], pat[j]
		if c < utf8.RuneSelf {
			if c != p && !(p >= 'a' && p <= 'z' && c == p-32) {
				return 0, false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(p == 'k' && r == '\u212a') && !(p == 's' && r == '\u017f') {
			return 0, false
		}
		i += n
	}
	return i, true
}

// wordBoundary is \b at s[i]: an ASCII word character on one side only.
func wordBoundary(s string, i int) bool {
	before := i > 0 && isWordByte(s[i-1])
	after := i < len(s) && isWordByte(s[i])
	return before != after
}

func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// replaceLinks is linkPattern.ReplaceAllString(s, "$2"): each link
// becomes its text.
func replaceLinks(s string) string {
	f := newLinkFinder(s)
	m, ok := f.next(0)
	if !ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for ok {
		b.WriteString(s[last:m.start])
		b.WriteString(s[m.textStart:m.textEnd])
		last = m.end
		m, ok = f.next(last)
	}
	b.WriteString(s[last:])
	return b.String()
}

// collapseSpace is strings.Join(strings.Fields(s), " "), without
// allocating when s is ASCII and already single-spaced.
func collapseSpace(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == ' ' && prevSpace:
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = c == ' '
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// foldKey maps each character of s to the least of those (?i) takes for
// the same (unicode.SimpleFold's orbit: A for a, K for k and the Kelvin
// sign), so that a case-insensitive literal occurs in a text only if its
// key occurs in the text's key. Bytes that are not UTF-8 become U+FFFD,
// as the expressions read them.
func foldKey(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b = utf8.AppendRune(b, least)
		i += n
	}
	return string(b)
}
