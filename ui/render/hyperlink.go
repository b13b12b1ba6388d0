package render

import (
	"slices"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// hyperlinks wraps every web address of the article's links, where it
// shows in full on a line, in an OSC 8 hyperlink, so a terminal that
// knows them makes it clickable (and others print it as before). The
// sequences take no cells: widths are unchanged.
func hyperlinks(a *library.Article, lines []string) {
	var urls []string
	seen := map[string]bool{}
	for _, l := range a.Links {
		u := l.URL
		if !seen[u] && termsafe.Safe(u) && (strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "mailto:")) {
			seen[u] = true
			urls = append(urls, u)
		}
	}
	if len(urls) == 0 {
		return
	}
	// the longest first, so a link to a page wins over one to its site
	sort.Slice(urls, func(i, j int) bool { return len(urls[i]) > len(urls[j]) })
	set := newURLSet(urls)
	for i, line := range lines {
		lines[i] = linkify(line, set)
	}
	wrappedLinks(lines, set)
}

// urlSet is an article's web addresses, for finding them in lines in
// time that does not grow with how many there are (100,000 links made
// every line of a render a hundred thousand comparisons).
type urlSet struct {
	urls    []string // longest first
	has     map[string]bool
	lengths []int    // the lengths they have, longest first
	sorted  []string // in byte order, for those a piece starts
}

func newURLSet(urls []string) *urlSet {
	s := &urlSet{urls: urls, has: make(map[string]bool, len(urls)), sorted: slices.Clone(urls)}
	for _, u := range urls {
		if !s.has[u] {
			s.has[u] = true
			if len(s.lengths) == 0 || s.lengths[len(s.lengths)-1] != len(u) {
				s.lengths = append(s.lengths, len(u))
			}
		}
	}
	slices.Sort(s.sorted)
	return s
}

// at is the longest address that line[i:] starts with, or "".
func (s *urlSet) at(line string, i int) string {
	rest := line[i:]
	if !strings.HasPrefix(rest, "http") && !strings.HasPrefix(rest, "mailto:") {
		return ""
	}
	for _, n := range s.lengths {
		if n <= len(rest) && s.has[rest[:n]] {
			return rest[:n]
		}
	}
	return ""
}

// maxStarts bounds the addresses a piece at a line's end may start.
const maxStarts = 256

// starting is the addresses longer than piece that start with it,
// longest first, at most maxStarts of them.
func (s *urlSet) starting(piece string) []string {
	var out []string
	for k := sort.SearchStrings(s.sorted, piece); k < len(s.sorted) && strings.HasPrefix(s.sorted[k], piece) && len(out) < maxStarts; k++ {
		if len(s.sorted[k]) > len(piece) {
			out = append(out, s.sorted[k])
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// linkify wraps the occurrences of the set's addresses in line.
func linkify(line string, set *urlSet) string {
	if !strings.Contains(line, "://") && !strings.Contains(line, "mailto:") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		if u := set.at(line, i); u != "" {
			b.WriteString(ansi.SetHyperlink(u))
			b.WriteString(u)
			b.WriteString(ansi.ResetHyperlink())
			i += len(u)
			continue
		}
		b.WriteByte(line[i])
		i++
	}
	return b.String()
}
