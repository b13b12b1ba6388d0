package lists

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/muesli/termenv"
)

// A filtered article list underlines the letters each row matched,
// though its filter's ranks leave them out (the filter memo): the rows
// drawn score their text again, and find the letters FuzzyFilter does.
func TestFilteredRowsUnderlineTheirMatches(t *testing.T) {
	t.Parallel()
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	st := testStyles.Row
	st.Match, st.Text, st.Selected = r.NewStyle().Underline(true), r.NewStyle(), r.NewStyle()
	lib := bundled(t)
	l := NewFilterList(1, ArticleItems(lib.Articles, nil), RowDelegate{Styles: &st, Lines: 2}, &testStyles, keymap.Default().List, "Articles", "article", "articles")
	l.SetSize(80, 24)
	var send func(msgs ...tea.Msg)
	send = func(msgs ...tea.Msg) {
		for _, msg := range msgs {
			var cmd tea.Cmd
			l, cmd, _ = l.Update(msg)
			for _, out := range run(cmd) {
				if _, ok := out.(FilterMsg); ok {
					send(out)
				}
			}
		}
	}
	send(runes("/"))
	for _, c := range "xosom" {
		send(runes(string(c)))
	}
	v := l.Model().View()
	want := "E"
	for _, c := range "xosom" {
		want += st.Match.Render(string(c))
	}
	if n := strings.Count(v, want+"es"); n != 2 {
		t.Errorf("%d of the 2 rows matched underline \"xosom\" in Exosomes:\n%q", n, v)
	}
}
