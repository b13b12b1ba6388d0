package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/folio-reader/folio/library"
)

// listSorts are the orders `list --sort` takes.
var listSorts = []string{"date", "title", "time", "rating"}

// listOptions are list's narrowing and order.
type listOptions struct {
	tag, cat  string
	sort      string
	minRating float64
}

func (o listOptions) check() error {
	if !slices.Contains(listSorts, o.sort) {
		return usageErr("--sort %q: sort by %s", o.sort, strings.Join(listSorts, ", "))
	}
	if o.minRating < 0 || o.minRating > 5 {
		return usageErr("--min-rating %g: ratings are compared on five, so N is from 0 to 5 (9/10 is 4.5)", o.minRating)
	}
	return nil
}

// apply keeps the articles rated at least minRating (when set) and puts
// them in the order asked; arts is the library's order, newest first,
// which equals keep.
func (o listOptions) apply(arts []*library.Article) []*library.Article {
	if o.sort == "date" && o.minRating == 0 {
		return arts
	}
	type keyed struct {
		a      *library.Article
		rating float64 // on five; -1 unrated
	}
	ks := make([]keyed, 0, len(arts))
	for _, a := range arts {
		r, ok := library.RatingOnFive(a.Rating)
		if !ok {
			r = -1
		}
		if o.minRating > 0 && r < o.minRating {
			continue
		}
		ks = append(ks, keyed{a, r})
	}
	switch o.sort {
	case "rating":
		slices.SortStableFunc(ks, func(x, y keyed) int { return cmp.Compare(y.rating, x.rating) })
	case "title":
		slices.SortStableFunc(ks, func(x, y keyed) int {
			return strings.Compare(strings.ToLower(x.a.Title), strings.ToLower(y.a.Title))
		})
	case "time":
		slices.SortStableFunc(ks, func(x, y keyed) int { return cmp.Compare(x.a.ReadingMinutes, y.a.ReadingMinutes) })
	}
	out := make([]*library.Article, len(ks))
	for i, k := range ks {
		out[i] = k.a
	}
	return out
}
