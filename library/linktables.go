package library

// linkTables answer, in constant time, where each scan of a link try
// stops when it starts at a given byte of one string (see linkFinder):
// built right to left in one pass, so that finding every link of a
// crafted line is linear in its length. Entries are int32 (a line is at most MaxFileSize bytes);
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
