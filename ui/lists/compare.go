package lists

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/reviewcard"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// Compare shows the reviews of the articles marked to compare side by
// side, as `folio compare` prints them, laid out again at each width.
type Compare struct {
	cs    []reviewcard.Compared
	pager Pager
}

// NewCompare compares cs.
func NewCompare(cs []reviewcard.Compared, st *common.Styles, keys keymap.ListKeys) Compare {
	sub := fmt.Sprintf("%d %s", len(cs), common.Plural(len(cs), "review", "reviews"))
	return Compare{cs: cs, pager: NewPager("Compare", sub, st, keys)}
}

func (m Compare) update(msg tea.Msg) (Compare, tea.Cmd) {
	m.pager.Update(msg)
	return m, nil
}

func (m *Compare) setSize(w, h int) {
	if m.pager.st == nil {
		return // not built yet: the root sizes every screen
	}
	m.pager.SetSize(w, h)
	m.pager.SetLines(reviewcard.Compare(m.cs, m.pager.Width(), m.pager.st.Review), nil)
}

// The screen interface (ui/common/screen.go).

func (m *Compare) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Compare.update) }
func (m *Compare) View() string                      { return m.pager.View() }
func (m *Compare) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Compare) KeyMap(f common.Frame) help.KeyMap { return m.pager.Help(f, "") }
