package ui

import (
	"fmt"
	"os"
	"strings"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Copying, with OSC 52 as links already are (opener.go), so it works
// over SSH: in the reader, y copies the section at the top of the
// screen as markdown and Y the whole article; in the links list, y
// copies the link's address.

// copiedMsg reports a copy: what was copied, for the note.
type copiedMsg struct {
	what  string
	links bool // made on the links list: the note shows there
	err   error
}

func (m copiedMsg) note() string {
	if m.err != nil {
		return "Could not copy " + m.what + ": " + m.err.Error()
	}
	return "Copied " + m.what + " to the clipboard (OSC 52)"
}

// copyKey handles the copy keys of the reader and the links list; ok
// is false for any other key.
func (m *Model) copyKey(top screenID, msg tea.KeyMsg) (tea.Cmd, bool) {
	r := m.keys.Reader
	switch {
	case top == readerScreen && key.Matches(msg, r.CopySection):
		text, name := m.reader.topSection()
		return m.copyText(text, name, false), true
	case top == readerScreen && key.Matches(msg, r.CopyArticle):
		a := m.reader.art
		return m.copyText(a.Body, fmt.Sprintf("“%s” (%d lines)", a.Title, strings.Count(a.Body, "\n")+1), false), true
	case top == linksScreen && key.Matches(msg, m.keys.Nav.CopyLink):
		it, ok := m.nav.links.list.Selected().(linkItem)
		if !ok {
			return nil, true
		}
		addr := it.link.URL
		if t := m.lib.Resolve(m.reader.art, it.link.URL); t.URL != "" && external(t.URL) {
			addr = t.URL
		}
		return m.copyText(addr, addr, true), true
	}
	return nil, false
}

// topSection is the markdown of the section at the top of the screen:
// from the last heading at or above the top line to the next heading
// of the same or a higher level; before the first heading, the text
// above it.
func (m readerModel) topSection() (text, name string) {
	a := m.art
	if m.doc == nil || len(a.Headings) == 0 {
		return a.Body, fmt.Sprintf("“%s”", a.Title)
	}
	top, at := m.after(), -1
	for i, line := range m.doc.Headings {
		if i < len(a.Headings) && line <= top {
			at = i
		}
	}
	if at < 0 {
		return a.Body[:a.Headings[0].Offset], "the introduction"
	}
	end := len(a.Body)
	for j := at + 1; j < len(a.Headings); j++ {
		if a.Headings[j].Level <= a.Headings[at].Level {
			end = a.Headings[j].Offset
			break
		}
	}
	return a.Body[a.Headings[at].Offset:end], fmt.Sprintf("section “%s”", a.Headings[at].Text)
}

// copyText copies text to the terminal's clipboard with OSC 52 (wrapped
// for tmux and screen as the opener does).
func (m *Model) copyText(text, what string, links bool) tea.Cmd {
	w := m.opts.Clipboard
	if w == nil {
		w = os.Stdout
	}
	getenv := os.Getenv
	return func() tea.Msg {
		text = strings.TrimRight(text, "\n") + "\n"
		seqs := []osc52.Sequence{osc52.New(text)}
		if getenv("TMUX") != "" {
			seqs = append(seqs, osc52.New(text).Tmux())
		} else if getenv("STY") != "" {
			seqs = []osc52.Sequence{osc52.New(text).Screen()}
		}
		for _, seq := range seqs {
			if _, err := seq.WriteTo(w); err != nil {
				return copiedMsg{what: what, links: links, err: err}
			}
		}
		return copiedMsg{what: what, links: links}
	}
}

// copied shows a copy's note where it was made.
func (m *Model) copied(msg copiedMsg) {
	if msg.links {
		m.nav.links.note = msg.note()
		return
	}
	m.reader.note = msg.note()
}

// withCopyLink adds the links list's copy key to its help.
type withCopyLink struct {
	help.KeyMap
	copy key.Binding
}

// ShortHelp implements help.KeyMap.
func (h withCopyLink) ShortHelp() []key.Binding { return append(h.KeyMap.ShortHelp(), h.copy) }

// FullHelp implements help.KeyMap.
func (h withCopyLink) FullHelp() [][]key.Binding {
	return append(h.KeyMap.FullHelp(), []key.Binding{h.copy})
}

// isCopyKey reports a copy key on the screen it copies from.
func (m *Model) isCopyKey(top screenID, msg tea.KeyMsg) bool {
	return top == readerScreen && key.Matches(msg, m.keys.Reader.CopySection, m.keys.Reader.CopyArticle) ||
		top == linksScreen && key.Matches(msg, m.keys.Nav.CopyLink)
}
