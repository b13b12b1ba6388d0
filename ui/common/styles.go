package common

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/internal/reviewcard"
)

// Styles holds every style the TUI draws with, one nested group per
// component. Build it with NewStyles; no other code of the TUI makes styles.
type Styles struct {
	App struct {
		Tab, ActiveTab, Brand, Problems lipgloss.Style
	}
	List   list.Styles
	Row    RowStyles
	Help   help.Styles
	Title  lipgloss.Style // the help overlay's heading
	Reader struct {
		Title, Meta, Tags, Rule, Status, Section, Percent, Spinner, Notice lipgloss.Style
	}
	Review reviewcard.Styles // the review card and the compare screen
}

// RowStyles draw one list row.
type RowStyles struct {
	Text, Selected, Match, Meta, SelectedMeta, Header, Marker, Gutter lipgloss.Style
}

type palette struct {
	accent, text, dim, faint, match, tabText lipgloss.TerminalColor
}

// NewStyles builds the styles for a glamour style name ("dark", "light"
// or "notty") with or without colour. Without colour only attributes
// (bold, underline, reverse, faint) are used.
func NewStyles(style string, color bool) Styles {
	p := palette{
		accent: lipgloss.Color("#AD58B4"), text: lipgloss.Color("#DDDDDD"),
		dim: lipgloss.Color("#8A8A8A"), faint: lipgloss.Color("#5C5C5C"),
		match: lipgloss.Color("#ECFD65"), tabText: lipgloss.Color("#FFFDF5"),
	}
	if style == "light" {
		p = palette{
			accent: lipgloss.Color("#8E3E96"), text: lipgloss.Color("#1A1A1A"),
			dim: lipgloss.Color("#6B6B6B"), faint: lipgloss.Color("#A8A8A8"),
			match: lipgloss.Color("#04875A"), tabText: lipgloss.Color("#FFFDF5"),
		}
	}
	if !color || style == "notty" {
		p = palette{accent: lipgloss.NoColor{}, text: lipgloss.NoColor{}, dim: lipgloss.NoColor{},
			faint: lipgloss.NoColor{}, match: lipgloss.NoColor{}, tabText: lipgloss.NoColor{}}
	}
	plain := lipgloss.NewStyle()
	fg := func(c lipgloss.TerminalColor) lipgloss.Style { return plain.Foreground(c) }
	var s Styles

	s.App.Brand = fg(p.accent).Bold(true)
	s.App.Tab = fg(p.dim).Padding(0, 1)
	s.App.Problems = fg(p.match).Bold(true)
	s.App.ActiveTab = plain.Padding(0, 1).Bold(true).Reverse(!color).
		Foreground(p.tabText).Background(p.accent)

	s.List = list.Styles{
		TitleBar:              plain.Padding(0, 0, 1, 2),
		Title:                 fg(p.accent).Bold(true),
		Spinner:               fg(p.dim),
		FilterPrompt:          fg(p.accent).Bold(true),
		FilterCursor:          fg(p.accent),
		StatusBar:             fg(p.dim).Padding(0, 0, 1, 2),
		StatusEmpty:           fg(p.dim),
		StatusBarActiveFilter: fg(p.text),
		StatusBarFilterCount:  fg(p.faint),
		NoItems:               fg(p.dim).PaddingLeft(2),
		PaginationStyle:       plain.PaddingLeft(2),
		HelpStyle:             plain,
		ActivePaginationDot:   fg(p.text).SetString("•"),
		InactivePaginationDot: fg(p.faint).SetString("·"),
		ArabicPagination:      fg(p.dim),
		DividerDot:            fg(p.faint).SetString(" • "),
	}
	s.List.DefaultFilterCharacterMatch = plain.Underline(true)

	s.Row = RowStyles{
		Text:         fg(p.text),
		Selected:     fg(p.accent).Bold(true),
		Match:        fg(p.match).Underline(true),
		Meta:         fg(p.dim),
		SelectedMeta: fg(p.accent),
		Header:       fg(p.text).Bold(true),
		Marker:       fg(p.accent).Bold(true),
		Gutter:       fg(p.accent),
	}

	s.Help = help.Styles{
		Ellipsis:       fg(p.faint),
		ShortKey:       fg(p.text),
		ShortDesc:      fg(p.dim),
		ShortSeparator: fg(p.faint),
		FullKey:        fg(p.text).Bold(true),
		FullDesc:       fg(p.dim),
		FullSeparator:  fg(p.faint),
	}
	s.Title = fg(p.accent).Bold(true)

	s.Reader.Title = fg(p.text).Bold(true)
	s.Reader.Meta = fg(p.dim)
	s.Reader.Tags = fg(p.accent)
	s.Reader.Rule = fg(p.faint)
	s.Reader.Status = fg(p.dim)
	s.Reader.Section = fg(p.text).Bold(true)
	s.Reader.Percent = fg(p.dim)
	s.Reader.Spinner = fg(p.accent)
	s.Reader.Notice = fg(p.dim).Italic(true)

	good, bad := lipgloss.TerminalColor(lipgloss.Color("#5FAF5F")), lipgloss.TerminalColor(lipgloss.Color("#D75F5F"))
	if !color || style == "notty" {
		good, bad = lipgloss.NoColor{}, lipgloss.NoColor{}
	}
	s.Review = reviewcard.Styles{
		Title: fg(p.text).Bold(true), Heading: fg(p.accent).Bold(true), Meta: fg(p.dim),
		Pro: fg(good), Con: fg(bad), Bar: fg(p.accent), Best: fg(good).Bold(true), Selected: fg(p.accent).Bold(true).Reverse(!color),
	}
	return s
}
