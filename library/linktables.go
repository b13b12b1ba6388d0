package library

// linkTables answer, in constant time, where each scan of linkAt stops
// when it starts at a given byte of one string: built right to left in
// one pass, so that finding every link of a crafted line is linear in
// its length. Entries are int32 (a line is at most MaxFileSize bytes);
// -1 means "nowhere".
type linkTables struct {
	textEnd  []int32 // the ']' that ends link text begun at p, as linkAt's text loop finds it
	close    []int32 // the first ']' at or after p
	urlStop  []int32 // the first ')', '>' or \s at or after p, or len(s)
	quote    []int32 // the first '"' or '\'' at or after p
	nonSpace []int32 // the first byte at or after p that is not \s, or len(s)
}

func newLinkTables(s string) *linkTables {
	n := len(s)
	t := &linkTables{
		textEnd: make([]int32, n+1), close: make([]int32, n+1), urlStop: make([]int32, n+1),
		quote: make([]int32, n+1), nonSpace: make([]int32, n+1),
	}
	t.textEnd[n], t.close[n], t.urlStop[n], t.quote[n], t.nonSpace[n] = -1, -1, int32(n), -1, int32(n)
	for p := n - 1; p >= 0; p-- {
		c := s[p]
		t.close[p], t.urlStop[p], t.quote[p], t.nonSpace[p] = t.close[p+1], t.urlStop[p+1], t.quote[p+1], t.nonSpace[p+1]
		if c == ']' {
			t.close[p] = int32(p)
		}
		if c == ')' || c == '>' || isRESpace(c) {
			t.urlStop[p] = int32(p)
		}
		if c == '"' || c == '\'' {
			t.quote[p] = int32(p)
		}
		if !isRESpace(c) {
			t.nonSpace[p] = int32(p)
		}
		switch {
		case c == ']':
			t.textEnd[p] = int32(p)
		case c == '[':
			// A bracket inside the text runs to the next ']'; the text
			// goes on after it.
			if e := t.close[p+1]; e < 0 {
				t.textEnd[p] = -1
			} else {
				t.textEnd[p] = t.textEnd[e+1]
			}
		default:
			t.textEnd[p] = t.textEnd[p+1]
		}
	}
	return t
}

// linkAt is linkAt of match.go, each scan looked up.
func (t *linkTables) linkAt(s string, j int) (linkMatch, bool) {
	m := linkMatch{start: j, textStart: j + 1}
	k := int(t.textEnd[j+1])
	if k < 0 || k+1 >= len(s) || s[k+1] != '(' {
		return m, false
	}
	m.textEnd = k
	open := k + 2
	k = int(t.nonSpace[min(open, len(s))])
	if end, ok := t.linkTail(s, k, &m); ok {
		m.end = end
		return m, true
	}
	if k > open {
		m.urlStart, m.urlEnd = k-1, k-1
		if end, ok := t.linkTitle(s, k-1); ok {
			m.end = end
			return m, true
		}
	}
	return m, false
}

func (t *linkTables) linkTail(s string, k int, m *linkMatch) (end int, ok bool) {
	if k < len(s) && s[k] == '<' {
		k++
	}
	m.urlStart = k
	k = int(t.urlStop[k])
	m.urlEnd = k
	if k < len(s) && s[k] == '>' {
		k++
	}
	if end, ok := t.linkTitle(s, k); ok {
		return end, true
	}
	k = int(t.nonSpace[k])
	if k < len(s) && s[k] == ')' {
		return k + 1, true
	}
	return 0, false
}

func (t *linkTables) linkTitle(s string, k int) (end int, ok bool) {
	q := int(t.nonSpace[k])
	if q == k || q >= len(s) || (s[q] != '"' && s[q] != '\'') {
		return 0, false
	}
	e := int(t.quote[q+1])
	if e < 0 {
		return 0, false
	}
	k = int(t.nonSpace[e+1])
	if k < len(s) && s[k] == ')' {
		return k + 1, true
	}
	return 0, false
}
