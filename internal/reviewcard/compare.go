package reviewcard

import (
	"cmp"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// Compared is one review in a comparison: the article's title and its
// review (nil when it reviews nothing).
type Compared struct {
	Title  string
	Review *library.Review
}

const (
	columnGap = 3
	// MinColumn is the narrowest column a comparison lays out side by
	// side; narrower, the cards are stacked.
	MinColumn = 22
	// maxColumn is the widest: lines longer than that are hard to follow
	// across a wide terminal.
	maxColumn = 64
)

// Compare lays out reviews side by side in width cells, each section
// (product, price, rating, each part, pros, cons, verdict) on the same
// rows in every column; too narrow for MinColumn each, the cards are
// stacked, one under the other.
func Compare(cs []Compared, width int, st Styles) []string {
	n := max(len(cs), 1)
	col := (width - columnGap*(n-1)) / n
	if col < MinColumn {
		return stacked(cs, width, st)
	}
	col = min(col, maxColumn)
	var out []string
	row := func(cells [][]string) {
		h := 0
		for _, c := range cells {
			h = max(h, len(c))
		}
		for i := range h {
			var b strings.Builder
			for j, c := range cells {
				if j > 0 {
					b.WriteString(strings.Repeat(" ", columnGap))
				}
				cell := ""
				if i < len(c) {
					cell = c[i]
				}
				b.WriteString(cell)
				if j < len(cells)-1 {
					b.WriteString(strings.Repeat(" ", max(0, col-ansi.StringWidth(cell))))
				}
			}
			out = append(out, strings.TrimRight(b.String(), " "))
		}
	}
	each := func(f func(c Compared) []string) [][]string {
		cells := make([][]string, len(cs))
		for i, c := range cs {
			cells[i] = f(c)
		}
		return cells
	}
	heading := func(name string) {
		out = append(out, "", st.Heading.Render(name))
	}
	row(each(func(c Compared) []string { return wrap(st.Title, termsafe.String(c.Title), col, "") }))
	row(each(func(c Compared) []string {
		if c.Review == nil {
			return []string{st.Meta.Render("no review")}
		}
		return wrap(st.Meta, productLine(c.Review.Product), col, "")
	}))
	if someReview(cs, func(r *library.Review) bool { return r.Product.Price != "" || r.Product.SalePrice != "" }) {
		heading("Price")
		row(each(func(c Compared) []string {
			if c.Review == nil {
				return []string{"—"}
			}
			p := c.Review.Product
			p.URL = ""
			return wrap(lipgloss.Style{}, cmp.Or(strings.TrimPrefix(priceLine(p), "Price "), "—"), col, "")
		}))
	}
	best := bestRating(cs)
	heading("Rating")
	row(each(func(c Compared) []string {
		if c.Review == nil || c.Review.Rating == nil || c.Review.Rating.Scale <= 0 {
			return []string{"—"}
		}
		r := c.Review.Rating
		s := RatingText(r)
		if r.Scale != 5 {
			s += " (" + Number(round1(r.OnFive())) + ")"
		}
		style := lipgloss.Style{}
		if len(cs) > 1 && r.OnFive() == best {
			style = st.Best
		}
		line := style.Render(s)
		if room := col - ansi.StringWidth(s) - 2; room >= 6 {
			line += "  " + st.Bar.Render(Bar(r.Value/r.Scale, min(room, 10)))
		}
		return []string{line}
	}))
	for _, name := range partNames(cs) {
		row(each(func(c Compared) []string { return []string{partCell(c.Review, name, col, st)} }))
	}
	list := func(name, mark string, style lipgloss.Style, items func(*library.Review) []string) {
		if !someReview(cs, func(r *library.Review) bool { return len(items(r)) > 0 }) {
			return
		}
		heading(name)
		row(each(func(c Compared) []string {
			if c.Review == nil || len(items(c.Review)) == 0 {
				return []string{"—"}
			}
			var lines []string
			for _, it := range items(c.Review) {
				lines = append(lines, wrap(style, mark+" "+termsafe.String(it), col, "  ")...)
			}
			return lines
		}))
	}
	list("Pros", "+", st.Pro, func(r *library.Review) []string { return r.Pros })
	list("Cons", "−", st.Con, func(r *library.Review) []string { return r.Cons })
	if someReview(cs, func(r *library.Review) bool { return r.Verdict != "" }) {
		heading("Verdict")
		row(each(func(c Compared) []string {
			if c.Review == nil || c.Review.Verdict == "" {
				return []string{"—"}
			}
			var lines []string
			for _, p := range strings.Split(termsafe.Text(c.Review.Verdict), "\n") {
				if p = strings.TrimSpace(p); p != "" {
					lines = append(lines, wrap(lipgloss.Style{}, p, col, "")...)
				}
			}
			return lines
		}))
	}
	return out
}

// stacked is each card in full width, one under the other.
func stacked(cs []Compared, width int, st Styles) []string {
	var out []string
	for i, c := range cs {
		if i > 0 {
			out = append(out, "", st.Meta.Render(strings.Repeat("─", max(width, 1))), "")
		}
		if c.Review == nil {
			out = append(out, wrap(st.Title, termsafe.String(c.Title), width, "")...)
			out = append(out, st.Meta.Render("no review"))
			continue
		}
		out = append(out, Layout(c.Title, c.Review, width, st).Lines...)
	}
	return out
}

// partNames are the names of the rating parts of every review, in the
// order first met.
func partNames(cs []Compared) []string {
	var names []string
	seen := map[string]bool{}
	for _, c := range cs {
		if c.Review == nil || c.Review.Rating == nil {
			continue
		}
		for _, p := range c.Review.Rating.Parts {
			if k := strings.ToLower(p.Name); !seen[k] {
				seen[k] = true
				names = append(names, p.Name)
			}
		}
	}
	return names
}

// partCell is one review's score for a part: "suction  5 ███", or "—".
func partCell(r *library.Review, name string, col int, st Styles) string {
	label := termsafe.String(name)
	value := "—"
	share := -1.0
	if r != nil && r.Rating != nil {
		for _, p := range r.Rating.Parts {
			if strings.EqualFold(p.Name, name) {
				value = Number(p.Value) + "/" + Number(p.Scale)
				share = p.Value / p.Scale
			}
		}
	}
	room := col - ansi.StringWidth(value) - 2
	label = ansi.Truncate(label, max(room, 1), "…")
	line := label + strings.Repeat(" ", max(0, room-ansi.StringWidth(label))) + "  " + value
	if share >= 0 && col-ansi.StringWidth(line) >= 8 {
		line += " " + st.Bar.Render(Bar(share, min(col-ansi.StringWidth(line)-1, 6)))
	}
	return line
}

func bestRating(cs []Compared) float64 {
	best := -1.0
	for _, c := range cs {
		if c.Review != nil && c.Review.Rating != nil && c.Review.Rating.Scale > 0 {
			best = max(best, c.Review.Rating.OnFive())
		}
	}
	return best
}

func someReview(cs []Compared, f func(*library.Review) bool) bool {
	for _, c := range cs {
		if c.Review != nil && f(c.Review) {
			return true
		}
	}
	return false
}

func round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }
