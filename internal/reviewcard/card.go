// Package reviewcard lays out the review of an article (library.Review)
// as lines of text at a width: the card `folio review` prints and the
// reader shows on p, and the side-by-side comparison of `folio compare`
// and the TUI's compare screen. Every text from an article passes
// termsafe before it is laid out.
package reviewcard

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// Styles draw a card; the zero value draws plain text.
type Styles struct {
	Title, Heading, Meta, Pro, Con, Bar, Best, Selected lipgloss.Style
}

// Card is a review laid out: its lines, and the line each alternative
// (or listing pick) starts on.
type Card struct {
	Lines        []string
	Alternatives []int
}

// indent is the margin of a section's lines under its heading.
const indent = "  "

// Layout lays out r under title at width cells (12 at least).
func Layout(title string, r *library.Review, width int, st Styles) Card {
	width = max(width, 12)
	var c Card
	add := func(lines ...string) { c.Lines = append(c.Lines, lines...) }
	add(wrap(st.Title, termsafe.String(title), width, "")...)
	if p := productLine(r.Product); p != "" {
		add(wrap(st.Meta, p, width, "")...)
	}
	if p := priceLine(r.Product); p != "" {
		add(wrap(st.Meta, p, width, "")...)
	}
	if r.Rating != nil {
		add("")
		add(ratingLines(r.Rating, width, st)...)
	}
	section := func(name string, items []string, mark string, style lipgloss.Style) {
		if len(items) == 0 {
			return
		}
		add("", st.Heading.Render(name))
		for _, it := range items {
			add(wrap(style, mark+" "+termsafe.String(it), width, indent+"  ")...)
		}
	}
	section("Pros", r.Pros, indent+"+", st.Pro)
	section("Cons", r.Cons, indent+"−", st.Con)
	if r.Verdict != "" {
		add("", st.Heading.Render("Verdict"))
		for i, p := range strings.Split(termsafe.Text(r.Verdict), "\n") {
			if strings.TrimSpace(p) == "" {
				if i > 0 {
					add("")
				}
				continue
			}
			add(wrap(lipgloss.Style{}, indent+strings.TrimSpace(p), width, indent)...)
		}
	}
	if len(r.Alternatives) > 0 {
		name := "Alternatives"
		if r.Listing {
			name = "Picks"
		}
		add("", st.Heading.Render(name))
		for _, a := range r.Alternatives {
			c.Alternatives = append(c.Alternatives, len(c.Lines))
			add(wrap(lipgloss.Style{}, AlternativeLine(a), width, indent+"  ")...)
			if r.Listing {
				for _, p := range a.Pros[:min(len(a.Pros), 2)] {
					add(wrap(st.Pro, indent+"  + "+termsafe.String(p), width, indent+"    ")...)
				}
				for _, p := range a.Cons[:min(len(a.Cons), 2)] {
					add(wrap(st.Con, indent+"  − "+termsafe.String(p), width, indent+"    ")...)
				}
			}
		}
	}
	return c
}

// AlternativeLine is an alternative's line on a card: "› Breeze S5 ·
// ★ 4.3/5 · 329.99", the arrow saying the library reviews it.
func AlternativeLine(a library.Alternative) string {
	mark := indent + "  "
	if a.Slug != "" {
		mark = indent + "› "
	}
	parts := []string{termsafe.String(a.Name)}
	if a.Rating != nil && a.Rating.Scale > 0 {
		parts = append(parts, RatingText(a.Rating))
	}
	if a.Price != "" {
		parts = append(parts, termsafe.String(a.Price))
	}
	return mark + strings.Join(parts, " · ")
}

// productLine is the product's name, brand and model, those the name
// does not say already.
func productLine(p library.Product) string {
	parts := []string{}
	if p.Name != "" {
		parts = append(parts, termsafe.String(p.Name))
	}
	lower := strings.ToLower(p.Name)
	for _, x := range []string{p.Brand, p.Model} {
		if x != "" && !strings.Contains(lower, strings.ToLower(x)) {
			parts = append(parts, termsafe.String(x))
		}
	}
	return strings.Join(parts, " · ")
}

// priceLine is the price, the sale price and the shop's address.
func priceLine(p library.Product) string {
	var parts []string
	switch {
	case p.Price != "" && p.SalePrice != "" && p.SalePrice != p.Price:
		parts = append(parts, "Price "+termsafe.String(p.Price)+", on sale "+termsafe.String(p.SalePrice))
	case p.Price != "":
		parts = append(parts, "Price "+termsafe.String(p.Price))
	case p.SalePrice != "":
		parts = append(parts, "Price "+termsafe.String(p.SalePrice))
	}
	if p.URL != "" {
		parts = append(parts, termsafe.String(p.URL))
	}
	return strings.Join(parts, " · ")
}

// RatingText is a rating on its own scale: "★ 4.7/5", "★ 9/10"; for
// parts only, "scored in parts".
func RatingText(r *library.Rating) string {
	if r.Scale <= 0 {
		return "scored in parts"
	}
	return "★ " + Number(r.Value) + "/" + Number(r.Scale)
}

// Number writes a rating's value: 4.7, 9, 3.95.
func Number(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// ratingLines are the overall rating with its bar, then each part.
func ratingLines(r *library.Rating, width int, st Styles) []string {
	var out []string
	if r.Scale > 0 {
		head := RatingText(r)
		if r.Scale != 5 {
			head += " (" + strconv.FormatFloat(r.OnFive(), 'f', 1, 64) + " on five)"
		}
		if room := width - ansi.StringWidth(head) - 2; room >= 10 {
			head += "  " + st.Bar.Render(Bar(r.Value/r.Scale, min(room, 20)))
		}
		out = append(out, st.Heading.Render(head))
	}
	nameW := 0
	for _, p := range r.Parts {
		nameW = max(nameW, ansi.StringWidth(termsafe.String(p.Name)))
	}
	nameW = min(nameW, max(8, width/3))
	for _, p := range r.Parts {
		value := Number(p.Value)
		if p.Scale != r.Scale {
			value += "/" + Number(p.Scale)
		}
		name := ansi.Truncate(termsafe.String(p.Name), nameW, "…")
		line := indent + name + strings.Repeat(" ", nameW-ansi.StringWidth(name)) + "  "
		if room := width - ansi.StringWidth(line) - ansi.StringWidth(value) - 2; room >= 5 {
			line += st.Bar.Render(Bar(p.Value/p.Scale, min(room, 10))) + "  "
		}
		out = append(out, ansi.Truncate(line+value, width, "…"))
	}
	return out
}

// Bar draws a share from 0 to 1 in cells, to an eighth of a cell.
func Bar(share float64, cells int) string {
	share = min(max(share, 0), 1)
	eighths := int(share*float64(cells*8) + 0.5)
	full, part := eighths/8, eighths%8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	if part > 0 {
		b.WriteRune([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	if rest := cells - full - min(part, 1); rest > 0 {
		b.WriteString(strings.Repeat("░", rest))
	}
	return b.String()
}

// wrap wraps s to width, later lines indented by hang, each line drawn
// in style.
func wrap(style lipgloss.Style, s string, width int, hang string) []string {
	first := ansi.Wrap(s, width, "")
	lines := strings.Split(first, "\n")
	if len(lines) > 1 && hang != "" {
		rest := ansi.Wrap(strings.Join(strings.Fields(strings.Join(lines[1:], " ")), " "), max(width-ansi.StringWidth(hang), 4), "")
		lines = lines[:1]
		for _, l := range strings.Split(rest, "\n") {
			lines = append(lines, hang+l)
		}
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}
