package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
)

// problems are the library's load problems and the state file's.
func (m *Model) problems() []library.Problem {
	return append(append([]library.Problem(nil), m.lib.Problems...), m.mem.problems...)
}

// showProblems opens the Problems screen over the current one.
func (m *Model) showProblems() tea.Cmd {
	m.problemList = lists.NewProblems(m.nextList(), m.problems(), m.styles, m.keys.List)
	return m.push(problemsScreen)
}

func (m *Model) problemCount() int { return len(m.lib.Problems) + len(m.mem.problems) }

// problemBadge is the count of problems for the tab bar, or "".
func (m *Model) problemBadge() string {
	n := m.problemCount()
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("⚠ %d %s", n, common.Plural(n, "problem", "problems"))
}
