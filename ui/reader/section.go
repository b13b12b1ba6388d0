package reader

import (
	"fmt"
)

// topSection is the markdown of the section at the top of the screen:
// from the last heading at or above the top line to the next heading
// of the same or a higher level; before the first heading, the text
// above it.
func (m Model) TopSection() (text, name string) {
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
