package render

import (
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
	for i, line := range lines {
		lines[i] = linkify(line, urls)
	}
	wrappedLinks(lines, urls)
}

// linkify wraps the occurrences of urls in line.
func linkify(line string, urls []string) string {
	if !strings.Contains(line, "://") && !strings.Contains(line, "mailto:") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); {
		matched := false
		for _, u := range urls {
			if strings.HasPrefix(line[i:], u) {
				b.WriteString(ansi.SetHyperlink(u))
				b.WriteString(u)
				b.WriteString(ansi.ResetHyperlink())
				i += len(u)
				matched = true
				break
			}
		}
		if !matched {
			b.WriteByte(line[i])
			i++
		}
	}
	return b.String()
}
