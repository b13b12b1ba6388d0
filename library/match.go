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

// linkMatch is one match of linkPattern:
// (!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?(URL)>?(?:\s+["'][^"']*["'])?\s*\)
// where URL is a run of bytes but \s and '>' whose parentheses are
// balanced (match_test.go spells it out to a depth of three) — start
// and end of the whole match, the link text (group 2) and the URL
// (group 3).
type linkMatch struct {
	start, end         int
	textStart, textEnd int
	urlStart, urlEnd   int
	image              bool
}

// findLink returns the leftmost link in s at or after from.
func findLink(s string, from int) (linkMatch, bool) {
	f := newLinkFinder(s)
	return f.next(from)
}

// linkFinder finds the links of one string, left to right. A failed
// try may scan to the end of the string (an unclosed "[", a "](" with no
// ")"), so a line crafted of such tries would cost time quadratic in its
// length when scanned: seconds for 160 KB, minutes for a megabyte (the
// expression it mirrors is no better: it is linear for one match, not
// for all of them). Each scan is charged to a budget linear in the
// length; once it is spent, the finder builds tables of where every
// scan stops (see linkTables) and looks the rest up.
type linkFinder struct {
	s      string
	budget int         // bytes the scans may still examine
	tables *linkTables // once the budget is spent
}

func newLinkFinder(s string) linkFinder { return linkFinder{s: s, budget: 8*len(s) + 1024} }

// next returns the leftmost link at or after from.
func (f *linkFinder) next(from int) (linkMatch, bool) {
	s := f.s
	for from < len(s) {
		j := strings.IndexByte(s[from:], '[')
		if j < 0 {
			return linkMatch{}, false
		}
		j += from
		if m, ok := f.linkAt(j); ok {
			if j > from && s[j-1] == '!' {
				m.start, m.image = j-1, true
			}
			return m, true
		}
		from = j + 1
	}
	return linkMatch{}, false
}

// linkAt matches the link whose text opens with the [ at s[j]. Each part
// of the pattern matches in one way only, given the parts before it,
// except the white space after "(": when the greedy match fails, the
// expression gives that space back so that an empty URL and a title may
// follow.
func (f *linkFinder) linkAt(j int) (linkMatch, bool) {
	s := f.s
	m := linkMatch{start: j, textStart: j + 1}
	k := f.textEnd(j + 1)
	if k < 0 || k+1 >= len(s) || s[k+1] != '(' {
		return m, false
	}
	m.textEnd = k
	open := k + 2
	k = f.nonSpace(open)
	if end, ok := f.linkTail(k, &m); ok {
		m.end = end
		return m, true
	}
	if k > open {
		m.urlStart, m.urlEnd = k-1, k-1
		if end, ok := f.linkTitle(k - 1); ok {
			m.end = end
			return m, true
		}
	}
	return m, false
}

// linkTail matches <?([^)\s>]*)>?(?:\s+["'][^"']*["'])?\s*\) at s[k].
func (f *linkFinder) linkTail(k int, m *linkMatch) (end int, ok bool) {
	s := f.s
	m.urlStart = k
	if k < len(s) && s[k] == '<' {
		m.urlStart++
		k = f.angledStop(k + 1)
	} else {
		k = f.urlStop(k)
	}
	m.urlEnd = k
	if k < len(s) && s[k] == '>' {
		k++
	}
	if end, ok := f.linkTitle(k); ok {
		return end, true
	}
	k = f.nonSpace(k)
	if k < len(s) && s[k] == ')' {
		return k + 1, true
	}
	return 0, false
}

// linkTitle matches \s+["'][^"']*["']\s*\) at s[k].
func (f *linkFinder) linkTitle(k int) (end int, ok bool) {
	s := f.s
	q := f.nonSpace(k)
	if q == k || q >= len(s) || (s[q] != '"' && s[q] != '\'') {
		return 0, false
	}
	e := f.quote(q + 1)
	if e < 0 {
		return 0, false
	}
	k = f.nonSpace(e + 1)
	if k < len(s) && s[k] == ')' {
		return k + 1, true
	}
	return 0, false
}

// The scans of a try, each from p: looked up once the tables are built,
// else scanned and charged to the budget.

// textEnd is the ']' that ends link text begun at p (a '[' inside the
// text runs to the next ']'), or -1.
func (f *linkFinder) textEnd(p int) int {
	if f.tables != nil {
		return int(f.tables.textEnd[p])
	}
	s, k := f.s, p
	for k < len(s) && s[k] != ']' {
		if s[k] == '[' {
			e := strings.IndexByte(s[k+1:], ']')
			if e < 0 {
				k = -1
				break
			}
			k += e + 2
			continue
		}
		k++
	}
	f.spend(p, k)
	if k >= len(s) {
		return -1
	}
	return k
}

// urlStop is where a link's address begun at p ends: the first '>' or
// \s at or after p, or a ')' that closes no '(' of the address, or
// len(s); or before a '(' that is not closed by then. Parentheses inside an address are balanced, as CommonMark
// has them: [js](javascript:alert(1)) is a link to javascript:alert(1)
// (stopping at the first ')' gave the address "javascript:alert(1"
// and left the last ')' as text after the link).
func (f *linkFinder) urlStop(p int) int {
	if f.tables != nil {
		return int(f.tables.urlStop[p])
	}
	s, k, depth, open := f.s, p, 0, 0
	for ; k < len(s) && s[k] != '>' && !isRESpace(s[k]); k++ {
		if s[k] == '(' {
			if depth == 0 {
				open = k
			}
			depth++
		} else if s[k] == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
	}
	f.spend(p, k)
	if depth > 0 {
		return open // a group that never closes is no address: it ends before it
	}
	return k
}

// angledStop is where an address in angle brackets begun at p ends:
// the first ')', '>' or \s at or after p, or len(s).
func (f *linkFinder) angledStop(p int) int {
	if f.tables != nil {
		return int(f.tables.angled[p])
	}
	s, k := f.s, p
	for k < len(s) && s[k] != ')' && s[k] != '>' && !isRESpace(s[k]) {
		k++
	}
	f.spend(p, k)
	return k
}

// nonSpace is the first byte at or after p that is not \s, or len(s).
func (f *linkFinder) nonSpace(p int) int {
	if f.tables != nil {
		return int(f.tables.nonSpace[p])
	}
	k := skipRESpace(f.s, p)
	f.spend(p, k)
	return k
}

// quote is the first quotation mark, single or double, at or after p, or -1.
func (f *linkFinder) quote(p int) int {
	if f.tables != nil {
		return int(f.tables.quote[p])
	}
	e := strings.IndexAny(f.s[p:], `"'`)
	if e < 0 {
		f.spend(p, len(f.s))
		return -1
	}
	f.spend(p, p+e)
	return p + e
}

// spend charges a scan from p to k (k < 0: to the end) to the budget,
// and builds the tables once it is spent.
func (f *linkFinder) spend(p, k int) {
	if k < 0 {
		k = len(f.s)
	}
	if f.budget -= k - p + 1; f.budget < 0 {
		f.tables = newLinkTables(f.s)
	}
}

// isRESpace is the \s of Go's regular expressions.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func skipRESpace(s string, k int) int {
	for k < len(s) && isRESpace(s[k]) {
		k++
	}
	return k
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
