package library

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// uniqueList collects non-empty strings once each, compared without
// regard to case, in the order first given. Short lists are searched;
// past linearFrom items a set of folded keys takes over, so a file with
// 20,000 tags costs 20,000 look-ups, not 200 million comparisons.
type uniqueList struct {
	items []string
	seen  map[string]struct{} // folded keys, once items outgrow a scan
}

const linearFrom = 32

func (u *uniqueList) add(it string) {
	if it == "" {
		return
	}
	if u.seen == nil && len(u.items) < linearFrom {
		for _, have := range u.items {
			if strings.EqualFold(have, it) {
				return
			}
		}
		u.items = append(u.items, it)
		return
	}
	if u.seen == nil {
		u.seen = make(map[string]struct{}, 2*linearFrom)
		for _, have := range u.items {
			u.seen[foldKey(have)] = struct{}{}
		}
	}
	k := foldKey(it)
	if _, dup := u.seen[k]; dup {
		return
	}
	u.seen[k] = struct{}{}
	u.items = append(u.items, it)
}

// appendUnique appends the non-empty items not already present, compared
// without regard to case.
func appendUnique(list []string, items ...string) []string {
	u := uniqueList{items: list}
	for _, it := range items {
		u.add(it)
	}
	return u.items
}

// foldRune is the smallest rune of r's simple case folding orbit.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	low := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		low = min(low, f)
	}
	return low
}
