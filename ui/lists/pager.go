package lists

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// Pager shows lines laid out beforehand (a review card, a comparison)
// under a title, scrolled with the list keys. Some lines may be rows to
// choose (a card's alternatives): down scrolls until the first is on
// screen, then moves from row to row, and past the last scrolls on; up
// goes back the same way.
type Pager struct {
	title, sub string
	lines      []string
	rows       []int // the lines that may be chosen, in order
	sel        int   // the chosen row (index into rows), -1 for none
	top        int   // the first line shown
	w, h       int
	keys       keymap.ListKeys
	st         *common.Styles
}

// NewPager is a pager titled title · sub.
func NewPager(title, sub string, st *common.Styles, keys keymap.ListKeys) Pager {
	return Pager{title: title, sub: sub, sel: -1, st: st, keys: keys}
}

// SetLines gives the pager its lines and the rows among them that may be
// chosen, keeping the choice and the place when it can.
func (p *Pager) SetLines(lines []string, rows []int) {
	p.lines, p.rows = lines, rows
	if p.sel >= len(rows) {
		p.sel = len(rows) - 1
	}
	p.clamp()
}

// SetSize is the pager's room.
func (p *Pager) SetSize(w, h int) {
	p.w, p.h = w, h
	p.clamp()
}

// Width is the width lines are laid out in: the pager's, less a margin.
func (p Pager) Width() int {
	if p.w >= 24 {
		return p.w - 4
	}
	return max(p.w, 1)
}

// Selected is the chosen row, -1 for none.
func (p Pager) Selected() int { return p.sel }

// titleHeight is the lines the title takes: a title and a blank line,
// none when the pager is short.
func (p Pager) titleHeight() int {
	if p.h >= 6 {
		return 2
	}
	return 0
}

func (p Pager) bodyHeight() int { return max(p.h-p.titleHeight(), 1) }

func (p *Pager) clamp() {
	p.top = max(0, min(p.top, len(p.lines)-p.bodyHeight()))
}

// visible reports line i on screen.
func (p Pager) visible(i int) bool { return i >= p.top && i < p.top+p.bodyHeight() }

// show scrolls so line i is on screen.
func (p *Pager) show(i int) {
	switch {
	case i < p.top:
		p.top = i
	case i >= p.top+p.bodyHeight():
		p.top = i - p.bodyHeight() + 1
	}
	p.clamp()
}

// Update moves the pager on a key or the wheel; it reports whether the
// key was one of its own.
func (p *Pager) Update(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelDown:
			p.top += 3
		case tea.MouseButtonWheelUp:
			p.top -= 3
		default:
			return false
		}
	case tea.KeyMsg:
		k := p.keys
		switch {
		case key.Matches(msg, k.Down):
			p.down()
		case key.Matches(msg, k.Up):
			p.up()
		case key.Matches(msg, k.PageDown):
			p.top += p.bodyHeight()
		case key.Matches(msg, k.PageUp):
			p.top -= p.bodyHeight()
		case key.Matches(msg, k.Top):
			p.top, p.sel = 0, -1
		case key.Matches(msg, k.Bottom):
			p.top = len(p.lines)
			if len(p.rows) > 0 {
				p.sel = len(p.rows) - 1
			}
		default:
			return false
		}
	default:
		return false
	}
	p.clamp()
	return true
}

func (p *Pager) down() {
	switch {
	case p.sel < 0 && len(p.rows) > 0 && p.visible(p.rows[0]):
		p.sel = 0
	case p.sel >= 0 && p.sel+1 < len(p.rows):
		p.sel++
		p.show(p.rows[p.sel])
	default:
		p.top++
	}
}

func (p *Pager) up() {
	switch {
	case p.sel > 0:
		p.sel--
		p.show(p.rows[p.sel])
	case p.sel == 0:
		p.sel = -1
	default:
		p.top--
	}
}

// View is the title and the lines on screen, the chosen row marked.
func (p Pager) View() string {
	var out []string
	if p.titleHeight() > 0 {
		ls := p.st.List
		t := ls.Title.Render(p.title)
		if p.sub != "" {
			t += ls.StatusBar.UnsetPadding().Render("  " + p.sub)
		}
		out = append(out, ansi.Truncate(ls.TitleBar.UnsetPaddingBottom().Render(t), p.w, "…"), "")
	}
	margin := ""
	if p.w >= 24 {
		margin = "  "
	}
	for i := p.top; i < len(p.lines) && i < p.top+p.bodyHeight(); i++ {
		l := p.lines[i]
		if p.sel >= 0 && p.rows[p.sel] == i {
			l = p.st.Review.Selected.Render(ansi.Strip(l))
		}
		out = append(out, ansi.Truncate(margin+l, p.w, "…"))
	}
	return strings.Join(out, "\n")
}

// Help is the pager's keys: moving, and open when a row is chosen.
func (p Pager) Help(f common.Frame, open string) PagerHelp {
	return PagerHelp{l: f.Keys.List, g: f.Keys.Global, open: open, choose: len(p.rows) > 0}
}

// PagerHelp is a pager's help.KeyMap.
type PagerHelp struct {
	l      keymap.ListKeys
	g      keymap.GlobalKeys
	open   string // what enter does on a chosen row, "" for nothing
	choose bool
}

func (h PagerHelp) bindings() (move, act []key.Binding) {
	l, g := h.l, h.g
	down, up := l.Down, l.Up
	down.SetHelp(down.Help().Key, "down")
	up.SetHelp(up.Help().Key, "up")
	open := l.Open
	open.SetHelp(open.Help().Key, h.open)
	open.SetEnabled(h.choose && h.open != "")
	g.Quit.SetHelp("q", "back")
	return []key.Binding{up, down, l.PageUp, l.PageDown, l.Top, l.Bottom},
		[]key.Binding{open, g.Back, g.Help, g.Quit, g.ForceQuit}
}

// ShortHelp implements help.KeyMap.
func (h PagerHelp) ShortHelp() []key.Binding {
	move, act := h.bindings()
	down := move[1]
	down.SetHelp("↓/↑", "scroll")
	return []key.Binding{down, move[3], act[0], keymap.FirstKey(act[1]), act[2]}
}

// FullHelp implements help.KeyMap.
func (h PagerHelp) FullHelp() [][]key.Binding {
	move, act := h.bindings()
	return [][]key.Binding{move, act}
}
