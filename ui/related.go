package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
)

// relatedFooter is drawn after the article: the related articles, and
// the key that opens them. It follows the document's lines, so every
// heading keeps its line.
func (m readerModel) relatedFooter() []string {
	if len(m.related) == 0 {
		return nil
	}
	st := m.styles.Reader
	in, iw := m.margin()
	iw = max(iw, 1)
	fit := func(s string) string { return in + ansi.Truncate(s, iw, "…") }
	lines := []string{"", in + st.Rule.Render(strings.Repeat("─", iw)), fit(st.Title.Render("Related articles")), ""}
	for _, a := range m.related {
		lines = append(lines, fit("• "+termsafe.String(a.Title)))
	}
	if k := m.nav.Related.Help().Key; k != "" {
		lines = append(lines, "", fit(st.Meta.Render("Press "+k+" to open one")))
	}
	return lines
}
