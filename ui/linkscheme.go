package ui

import (
	"net/url"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// webSchemes are the only links handed to the system's opener: any
// other scheme (file:, vscode:, javascript:, a custom app's) would let
// an article start a program or open a local file on a keypress.
var webSchemes = []string{"http", "https", "mailto"}

// webLink reports whether link is an http, https or mailto address.
func webLink(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	for _, s := range webSchemes {
		if strings.EqualFold(u.Scheme, s) {
			return true
		}
	}
	return false
}

// openExternal follows a link that leaves the library: a web link is
// opened; any other is only offered for copying, and copied when it is
// chosen again.
func (m *Model) openExternal(link string) tea.Cmd {
	l := &m.nav.links
	switch {
	case webLink(link):
		l.offered = ""
		l.note = "Opening " + link + "…"
	case l.offered == link:
		l.offered = ""
		l.note = "Copying " + link + "…"
	default:
		l.offered = link
		l.note = "Not opened: folio opens only http, https and mailto links. Press enter again to copy " + link
		return nil
	}
	return m.nav.openURL(link)
}
