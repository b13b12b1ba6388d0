package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
)

// View implements tea.Model. It only lays out what Update prepared: no
// rendering of articles, no I/O.
func (m Model) View() string {
	fr := &m.flood.Frame
	if fr.Keep && fr.View != "" {
		return fr.View // a dropped key changed nothing (keymap/flood.go)
	}
	fr.View = m.view()
	return fr.View
}

func (m Model) view() string {
	top := m.top()
	tabs, footer := m.chrome(top)
	var parts []string
	if tabs {
		parts = append(parts, m.tabBar())
	}
	body := m.spec(top).screen.View()
	parts = append(parts, fit(body, m.w, m.bodyHeight(top)))
	if footer {
		indent := 0
		if m.w >= 40 {
			indent = 2
		}
		parts = append(parts, strings.Repeat(" ", indent)+shortHelp(m.keyMap(top).ShortHelp(), m.w-indent, m.styles.Help))
	}
	return termsafe.Frame(fit(strings.Join(parts, "\n"), m.w, m.h)) // the last check: see termsafe.Frame
}

// shortHelp is the footer: the enabled bindings that fit in width, and
// an ellipsis when some do not. (bubbles' help can overflow by one item.)
func shortHelp(bs []key.Binding, width int, st help.Styles) string {
	var b strings.Builder
	used := 0
	sep := st.ShortSeparator.Render(" • ")
	for _, k := range bs {
		if !k.Enabled() {
			continue
		}
		item := st.ShortKey.Render(k.Help().Key) + " " + st.ShortDesc.Render(k.Help().Desc)
		if used > 0 {
			item = sep + item
		}
		w := ansi.StringWidth(item)
		if used+w > width {
			if used+2 <= width {
				b.WriteString(st.Ellipsis.Render(" …"))
			}
			break
		}
		b.WriteString(item)
		used += w
	}
	return b.String()
}

// tabBar names the lists, the current one highlighted, and counts the
// problems.
func (m *Model) tabBar() string {
	st := m.styles.App
	b := m.problemBadge()
	room := m.w
	if b != "" {
		room -= ansi.StringWidth(b) + 3
	}
	bar := m.tabLabels(st.Tab, st.ActiveTab, false)
	if ansi.StringWidth(bar) > room {
		bar = m.tabLabels(st.Tab.UnsetPadding(), st.ActiveTab.UnsetPadding(), false)
	}
	if ansi.StringWidth(bar) > room { // six tabs and a badge in 80 columns: the others by number
		bar = m.tabLabels(st.Tab.UnsetPadding(), st.ActiveTab.UnsetPadding(), true)
	}
	if b != "" {
		gap := max(2, m.w-ansi.StringWidth(bar)-ansi.StringWidth(b)-1)
		bar += strings.Repeat(" ", gap) + st.Problems.Render(b)
	}
	return bar
}

// tabLabels is the tab bar's brand and tabs, drawn in the styles given;
// numbers shows the tabs but the current one by their numbers alone.
func (m *Model) tabLabels(tab, active lipgloss.Style, numbers bool) string {
	st := m.styles.App
	bar := st.Brand.Render(" folio ")
	for i, id := range m.tabs() {
		label := string(rune('1'+i)) + " " + m.title(id)
		if numbers && id != m.stack[0] {
			label = string(rune('1' + i))
		}
		if id == m.stack[0] {
			if !m.opts.Color {
				label = "[" + label + "]" // seen without colour or attributes too
			}
			bar += " " + active.Render(label)
		} else {
			bar += " " + tab.Render(label)
		}
	}
	return bar
}

// fit cuts s to at most w cells by h lines and pads it to h lines, so no
// frame ever spills out of the window.
func fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
