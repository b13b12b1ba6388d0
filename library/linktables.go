package library

// linkTables answer, in constant time, where each scan of a link try
// stops when it starts at a given byte of one string (see linkFinder):
// built right to left in one pass, so that finding every link of a
// crafted line is linear in its length. Entries are int32 (a line is at most MaxFileSize bytes);
// -1 means "nowhere".
type linkTables struct {
	textEnd  []int32 // the ']' that ends link text begun at p, as linkAt's text loop finds it
	urlStop  []int32 // where an address begun at p ends (linkFinder.urlStop), or len(s)
	angled   []int32 // where an address in angle brackets begun at p ends: the first ')', '>' or \s, or len(s)
	quote    []int32 // the first '"' or '\'' at or after p
	nonSpace []int32 // the first byte at or after p that is not \s, or len(s)
}

func newLinkTables(s string) *linkTables {
	n := len(s)
	t := &linkTables{
		textEnd: make([]int32, n+1), urlStop: make([]int32, n+1),
		quote: make([]int32, n+1), nonSpace: make([]int32, n+1),
	}
	// closes[p] is the ')' that closes a '(' just before p, within an
	// address, or -1; needed only while urlStop is made, its memory is
	// then angled's
	closes := make([]int32, n+1)
	t.textEnd[n], t.urlStop[n], closes[n], t.quote[n], t.nonSpace[n] = -1, int32(n), -1, -1, int32(n)
	closeBracket := int32(-1) // the first ']' after p
	for p := n - 1; p >= 0; p-- {
		c := s[p]
		t.quote[p], t.nonSpace[p] = t.quote[p+1], t.nonSpace[p+1]
		switch {
		case c == ']':
			t.textEnd[p] = int32(p)
		case c == '[':
			// A bracket inside the text runs to the next ']'; the text
			// goes on after it.
			if closeBracket < 0 {
				t.textEnd[p] = -1
			} else {
				t.textEnd[p] = t.textEnd[closeBracket+1]
			}
		default:
			t.textEnd[p] = t.textEnd[p+1]
		}
		if c == '"' || c == '\'' {
			t.quote[p] = int32(p)
		}
		if !isRESpace(c) {
			t.nonSpace[p] = int32(p)
		}
		// An address's parentheses: a '(' at p is closed by the ')'
		// closing the group that goes on at p+1, and the address then
		// goes on after that ')'.
		switch {
		case c == '>' || isRESpace(c):
			closes[p], t.urlStop[p] = -1, int32(p)
		case c == ')':
			closes[p], t.urlStop[p] = int32(p), int32(p)
		case c == '(':
			closes[p], t.urlStop[p] = -1, int32(p) // a group that never closes is no address
			if r := closes[p+1]; r >= 0 {
				closes[p], t.urlStop[p] = closes[r+1], t.urlStop[r+1]
			}
		default:
			closes[p], t.urlStop[p] = closes[p+1], t.urlStop[p+1]
		}
		if c == ']' {
			closeBracket = int32(p)
		}
	}
	t.angled = closes
	t.angled[n] = int32(n)
	for p := n - 1; p >= 0; p-- {
		if c := s[p]; c == ')' || c == '>' || isRESpace(c) {
			t.angled[p] = int32(p)
		} else {
			t.angled[p] = t.angled[p+1]
		}
	}
	return t
}
