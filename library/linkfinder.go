package library

import (
	"strings"
)

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
