package reader

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
)

// headerHeight is how many lines the header takes at the reader's
// height: title, byline, tags and a rule when there is room, the title
// and a rule when short, nothing when tiny. The title is left out when
// the article opens with a heading that says it (titleInText), and a
// header with nothing left to show takes no line.
func (m Model) headerHeight() int {
	title := !m.titleInText()
	n := 0
	switch {
	case m.h >= 16:
		for _, shown := range []bool{title, m.byline() != "", m.tagLine() != ""} {
			if shown {
				n++
			}
		}
	case m.h >= 9 && title:
		n = 1
	}
	if n > 0 {
		n++ // the rule
	}
	return n
}

// titleInText: the article's text opens with its title (render.TitleInText).
func (m Model) titleInText() bool { return render.TitleInText(m.art) }

func (m Model) statusHeight() int {
	if m.h >= 3 {
		return 1
	}
	return 0
}

func (m Model) byline() string {
	return termsafe.String(render.Byline(m.art, render.Author|render.Date|render.Rating|render.Categories|render.ReadingTime))
}

func (m Model) tagLine() string {
	switch {
	case len(m.art.Tags) > 0:
		return "Tags: " + termsafe.String(strings.Join(m.art.Tags, " · "))
	case len(m.art.InferredTags) > 0:
		return "Tags (inferred): " + termsafe.String(strings.Join(m.art.InferredTags, " · "))
	}
	return ""
}

// margin is the indent of the header and status line, matching the
// rendered text's margin, and the width left inside it.
func (m Model) margin() (string, int) {
	if m.vp.Width >= 24 {
		return "  ", m.vp.Width - 4
	}
	return "", m.vp.Width
}

func (m Model) view() string {
	st := m.styles.Reader
	in, iw := m.margin()
	fit := func(s string) string { return in + ansi.Truncate(s, iw, "…") }
	var lines []string
	if m.headerHeight() > 0 {
		if !m.titleInText() {
			lines = append(lines, fit(st.Title.Render(termsafe.String(m.art.Title))))
		}
		if m.h >= 16 {
			if b := m.byline(); b != "" {
				lines = append(lines, fit(st.Meta.Render(b)))
			}
			if t := m.tagLine(); t != "" {
				lines = append(lines, fit(st.Tags.Render(t)))
			}
		}
		lines = append(lines, in+st.Rule.Render(strings.Repeat("─", iw)))
	}
	lines = append(lines, m.body()...)
	if m.statusHeight() > 0 {
		lines = append(lines, in+m.status(iw))
	}
	pad := strings.Repeat(" ", max(0, (m.w-m.vp.Width)/2))
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return strings.Join(lines, "\n")
}

// body is the viewport's lines, or a spinner or error before the first
// document arrives.
func (m Model) body() []string {
	if m.doc != nil || m.preview != nil {
		return strings.Split(m.vp.View(), "\n")
	}
	out := make([]string, m.vp.Height)
	msg := m.spin.View() + " Rendering…"
	if m.err != nil {
		msg = "Could not render this article: " + termsafe.String(m.err.Error())
	}
	out[min(1, len(out)-1)] = m.styles.Reader.Notice.Render(ansi.Truncate("  "+msg, m.vp.Width, "…"))
	return out
}

// status shows the section at the top and how far through the reader is.
func (m Model) status(cw int) string {
	if m.find.typing {
		return m.findPrompt(cw)
	}
	st := m.styles.Reader
	section := "Top"
	if h := m.CurrentHeading(); h >= 0 && h < len(m.art.Headings) {
		section = termsafe.String(m.art.Headings[h].Text)
	}
	right := ""
	if m.doc != nil {
		right = fmt.Sprintf("%3.f%%", m.vp.ScrollPercent()*100)
	}
	if m.doc == nil || m.shown != m.want {
		right = strings.TrimSpace(m.spin.View() + " " + right)
	}
	right = m.find.count() + right
	if m.pending != nil {
		right = m.spin.View() + " rendering… the jump follows"
	}
	if m.wide {
		right = "wide · " + right
	}
	if m.bookmarked {
		right = "★ " + right
	}
	left := "§ " + section
	if m.note != "" {
		left = termsafe.String(m.note)
	}
	room := cw - ansi.StringWidth(right) - 1
	if room < 6 {
		right, room = "", cw
	}
	left = ansi.Truncate(left, room, "…")
	gap := max(0, cw-ansi.StringWidth(left)-ansi.StringWidth(right))
	return st.Section.Render(left) + strings.Repeat(" ", gap) + st.Percent.Render(right)
}

// contentsTarget is the heading named by a line of the article's own
// table of contents, or -1.
func contentsTarget(a *library.Article, line string) int {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(ansi.Strip(line)), "•*-"))
	if t == "" {
		return -1
	}
	for _, c := range a.Contents {
		if c.Heading < 0 || c.Heading >= len(a.Headings) {
			continue
		}
		if strings.EqualFold(t, c.Text) || len(t) >= 12 && len(c.Text) > len(t) && strings.EqualFold(c.Text[:len(t)], t) {
			return c.Heading
		}
	}
	return -1
}

// relatedFooter is drawn after the article: the related articles, and
// the key that opens them. It follows the document's lines, so every
// heading keeps its line.
func (m Model) relatedFooter() []string {
	if len(m.related) == 0 {
		return nil
	}
	st := m.styles.Reader
	in, iw := m.margin()
	iw = max(iw, 1)
	fit := func(s string) string { return in + ansi.Truncate(s, iw, "…") }
	lines := []string{"", in + st.Rule.Render(strings.Repeat("─", iw)), fit(st.Title.Render("Related articles")), ""}
	for _, a := range m.related {
		lines = append(lines, fit("• "+termsafe.String(a.Title)))
	}
	if k := m.nav.Related.Help().Key; k != "" {
		lines = append(lines, "", fit(st.Meta.Render("Press "+k+" to open one")))
	}
	return lines
}
