package render

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// wrappedLinks makes every piece of a web address that wrapping split
// over lines one hyperlink: a line that ends with the start of an
// address, and the lines after it that begin with the rest, each get the
// whole address, with one id so a terminal underlines them together.
// Pieces run together with colour codes inside are left as text.
func wrappedLinks(lines []string, set *urlSet) {
	for i := 0; i < len(lines)-1; i++ {
		if !strings.Contains(lines[i], ":") { // an address's first piece has its scheme
			continue
		}
		text := strings.TrimRight(ansi.Strip(lines[i]), " ")
		sp := strings.LastIndexAny(text, " │")
		tail := text[sp+1:]
		if len(tail) < 8 || strings.Contains(lines[i], ansi.SetHyperlink(tail)) {
			continue
		}
		for _, u := range set.starting(tail) {
			pieces := []int{i}
			rest := u[len(tail):]
			j := i + 1
			for ; j < len(lines) && rest != ""; j++ {
				next := strings.TrimLeft(ansi.Strip(lines[j]), " │")
				word, _, _ := strings.Cut(next, " ")
				switch {
				case strings.HasPrefix(word, rest):
					word = rest
					rest = ""
				case strings.HasPrefix(rest, word) && word != "":
					rest = rest[len(word):]
				default:
					j = len(lines) // not this address
					continue
				}
				pieces = append(pieces, j)
			}
			if rest != "" {
				continue
			}
			id := "id=folio-" + strconv.Itoa(i)
			linkPiece(lines, i, tail, u, id, true)
			rest = u[len(tail):]
			for _, k := range pieces[1:] {
				next := strings.TrimLeft(ansi.Strip(lines[k]), " │")
				word, _, _ := strings.Cut(next, " ")
				if len(word) > len(rest) {
					word = rest
				}
				linkPiece(lines, k, word, u, id, false)
				rest = rest[len(word):]
			}
			i = pieces[len(pieces)-1]
			break
		}
	}
}

// linkPiece wraps the last (or first) occurrence of piece in line k in a
// hyperlink to u; a piece not found as it is (colour codes within it)
// is left as text.
func linkPiece(lines []string, k int, piece, u, id string, last bool) {
	l := lines[k]
	at := strings.Index(l, piece)
	if last {
		at = strings.LastIndex(l, piece)
	}
	if at < 0 {
		return
	}
	lines[k] = l[:at] + ansi.SetHyperlink(u, id) + piece + ansi.ResetHyperlink() + l[at+len(piece):]
}
