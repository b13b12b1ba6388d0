package ui

import (
	"fmt"
	"os"
	"strings"

	"github.com/aymanbagabas/go-osc52/v2"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/reader"
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

// copyKey copies what a copy key names: in the reader the section at
// the top or the whole article, as markdown; in the links list the
// link's address.
func (m *Model) copyKey(top screenID, msg tea.KeyMsg) tea.Cmd {
	r := m.keys.Reader
	switch {
	case top == readerScreen && key.Matches(msg, r.CopySection):
		text, name := m.reader.TopSection()
		return m.copyText(text, name, false)
	case top == readerScreen && key.Matches(msg, r.CopyArticle):
		a := m.reader.Article()
		return m.copyText(a.Body, fmt.Sprintf("“%s” (%d lines)", a.Title, strings.Count(a.Body, "\n")+1), false)
	case top == linksScreen && key.Matches(msg, m.keys.Nav.CopyLink):
		link, ok := m.nav.links.SelectedLink()
		if !ok {
			return nil
		}
		addr := link.URL
		if t := m.lib.Resolve(m.reader.Article(), link.URL); t.URL != "" && reader.External(t.URL) {
			addr = t.URL
		}
		return m.copyText(addr, addr, true)
	}
	return nil
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
		m.nav.links.SetNote(msg.note())
		return
	}
	m.reader.SetNote(msg.note())
}

// isCopyKey reports a copy key on the screen it copies from.
func (m *Model) isCopyKey(top screenID, msg tea.KeyMsg) bool {
	return top == readerScreen && key.Matches(msg, m.keys.Reader.CopySection, m.keys.Reader.CopyArticle) ||
		top == linksScreen && key.Matches(msg, m.keys.Nav.CopyLink)
}
