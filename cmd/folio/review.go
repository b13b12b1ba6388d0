package main

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/internal/reviewcard"
	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// jsonReview is a review card in --json: `folio review` prints one,
// `folio compare` a list. Absent parts are null or empty.
type jsonReview struct {
	Slug         string            `json:"slug"`
	Product      *jsonProduct      `json:"product"`
	Rating       *jsonRating       `json:"rating"`
	Pros         []string          `json:"pros"`
	Cons         []string          `json:"cons"`
	Verdict      string            `json:"verdict"`
	Alternatives []jsonAlternative `json:"alternatives"`
}

// jsonProduct is the reviewed product; price is as the review writes it,
// the sale price when it gives one.
type jsonProduct struct {
	Name  string `json:"name"`
	Brand string `json:"brand"`
	Model string `json:"model"`
	Price string `json:"price"`
	URL   string `json:"url"`
}

// jsonRating is a rating on its own scale; parts are on the same scale.
// value is null for a review scored in parts only.
type jsonRating struct {
	Value *float64           `json:"value"`
	Scale float64            `json:"scale"`
	Parts map[string]float64 `json:"parts"`
}

type jsonAlternative struct {
	Name   string      `json:"name"`
	Slug   *string     `json:"slug"` // the library's article about it, null when none
	Rating *jsonRating `json:"rating"`
	Price  string      `json:"price"`
}

type jsonCompare struct {
	Reviews  []jsonReview  `json:"reviews"`
	Problems []jsonProblem `json:"problems"`
}

// newReviewCmd is `folio review`.
func newReviewCmd(g *globals, e *env) *cobra.Command {
	c := newArticleCmd(g, e, "review", "print an article's review: product, rating, pros, cons, verdict, alternatives", runReview)
	c.Long = "The review as folio reads it from the article's frontmatter or, where that is silent,\n" +
		"its body: rating lines, the lists under Pros and Cons, the Verdict section (folio help\n" +
		"reviews: docs/reviews.md lists the shapes). A rating keeps its scale. An article that\n" +
		"reviews nothing prints a note, or with --json a card with nulls."
	c.Example = "  folio review aero-v9-review\n  folio review aero-v9-review --json | jq .rating"
	return c
}

func runReview(e *env, lib *library.Library, a *library.Article, asJSON bool) error {
	r := lib.Review(a)
	if asJSON {
		return writeJSON(e.stdout, reviewJSON(a, r))
	}
	if r == nil {
		fmt.Fprintf(e.stderr, "%s reviews nothing folio can read: no rating, pros and cons or verdict\n", a.Slug)
		return nil
	}
	card := reviewcard.Layout(a.Title, r, e.width(), cardStyles(e))
	_, err := fmt.Fprintln(e.stdout, strings.Join(card.Lines, "\n"))
	return err
}

// reviewJSON is a's review card; every list is [] and absent parts null.
func reviewJSON(a *library.Article, r *library.Review) jsonReview {
	out := jsonReview{Slug: a.Slug, Pros: []string{}, Cons: []string{}, Alternatives: []jsonAlternative{}}
	if r == nil {
		return out
	}
	p := r.Product
	if p != (library.Product{}) {
		out.Product = &jsonProduct{Name: p.Name, Brand: p.Brand, Model: p.Model, Price: p.Price, URL: p.URL}
		if p.SalePrice != "" {
			out.Product.Price = p.SalePrice
		}
	}
	out.Rating = ratingJSON(r.Rating)
	out.Pros = append(out.Pros, r.Pros...)
	out.Cons = append(out.Cons, r.Cons...)
	out.Verdict = r.Verdict
	for _, alt := range r.Alternatives {
		ja := jsonAlternative{Name: alt.Name, Price: alt.Price, Rating: ratingJSON(alt.Rating)}
		if alt.Slug != "" {
			ja.Slug = &alt.Slug
		}
		out.Alternatives = append(out.Alternatives, ja)
	}
	return out
}

// ratingJSON is a rating with its parts on its scale, or nil.
func ratingJSON(r *library.Rating) *jsonRating {
	if r == nil {
		return nil
	}
	out := &jsonRating{Scale: r.Scale, Parts: map[string]float64{}}
	if r.Scale > 0 {
		v := r.Value
		out.Value = &v
	}
	for _, p := range r.Parts {
		if out.Scale == 0 {
			out.Scale = p.Scale
		}
		out.Parts[p.Name] = roundTo(p.Value/p.Scale*out.Scale, 2)
	}
	return out
}

func roundTo(v float64, places int) float64 {
	m := 1.0
	for range places {
		m *= 10
	}
	return float64(int64(v*m+0.5)) / m
}

// cardStyles are the card's styles for stdout: colour and bold when
// colour is on, plain text otherwise.
func cardStyles(e *env) reviewcard.Styles {
	if !e.color() {
		return reviewcard.Styles{}
	}
	r := lipgloss.NewRenderer(e.stdout, termenv.WithProfile(e.colorProfile()))
	accent, green, red, dim := lipgloss.Color("#AD58B4"), lipgloss.Color("#5FAF5F"), lipgloss.Color("#D75F5F"), lipgloss.Color("#8A8A8A")
	return reviewcard.Styles{
		Title:   r.NewStyle().Bold(true).Foreground(accent),
		Heading: r.NewStyle().Bold(true),
		Meta:    r.NewStyle().Foreground(dim),
		Pro:     r.NewStyle().Foreground(green),
		Con:     r.NewStyle().Foreground(red),
		Bar:     r.NewStyle().Foreground(accent),
		Best:    r.NewStyle().Bold(true).Foreground(green),
	}
}
