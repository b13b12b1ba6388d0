package library

import (
	"strings"
)

// Review is what an article says of the product it reviews: the card
// folio shows for it (folio review, compare, the reader's p). It is read
// from the frontmatter (ReviewFacts, Article.Product, Article.Rating) and,
// where the frontmatter is silent, from the body: a rating line, the
// lists under Pros and Cons headings, the Verdict section. A "best X"
// listing reviews no one product: its picks are its Alternatives.
type Review struct {
	Product      Product
	Rating       *Rating // nil when the review gives none
	Pros, Cons   []string
	Verdict      string
	Verdicts     int // the verdict's heading in Article.Headings, or -1 when the verdict has none
	Alternatives []Alternative
	Listing      bool // a "best X" listing: Alternatives are the products it picks
}

// Product is the reviewed product; every field may be "". Prices are as
// the review writes them ("$649.99", "649.99").
type Product struct {
	Name, Brand, Model, Price, SalePrice, URL string
}

// Rating is a rating on its own scale (9 of 10 stays 9 of 10), with its
// parts when the review scores several things.
type Rating struct {
	Value, Scale float64
	Parts        []Part
}

// Part is one scored part of a rating ("suction", 5 of 5).
type Part struct {
	Name         string
	Value, Scale float64
}

// OnFive is the rating on a five-point scale, for comparing ratings
// given on different scales.
func (r Rating) OnFive() float64 { return r.Value / r.Scale * 5 }

// Alternative is another product a review points to, or one pick of a
// listing. Slug is the library's article about it, "" when there is
// none; Pros and Cons are a listing pick's.
type Alternative struct {
	Name, Slug, Price string
	Rating            *Rating
	Pros, Cons        []string
}

// ReviewFacts is what an article's frontmatter says of its review beyond
// the product's name (Article.Product) and the overall rating
// (Article.Rating). Ratings are "value/scale", as Article.Rating.
type ReviewFacts struct {
	Brand, Model, Price, SalePrice, URL string
	Parts                               []RatingPart
	Pros, Cons                          []string
	Verdict                             string
	Summary                             string // the frontmatter's summary, the verdict of a review whose body has none
	Alternatives                        []AlternativeFacts
	Listing                             bool // the frontmatter lists several products (products: [...])
}

// RatingPart is a part of a frontmatter rating: its name and "value/scale".
type RatingPart struct{ Name, Rating string }

// AlternativeFacts is an alternative as the frontmatter names it.
type AlternativeFacts struct{ Name, Slug, Rating, Price string }

// reviewOfWhole is ReviewOf the whole article: a summary's text is read
// for it, and one that cannot be read reviews nothing.
func reviewOfWhole(a *Article) *Review {
	w, err := full(a)
	if err != nil {
		return nil
	}
	return ReviewOf(w)
}

// ReviewOf is the review of a, or nil when a reviews nothing. The body is
// read again each time: call it when the card is shown, not per list row.
// a must be whole (Library.Full); Library.Review reads a summary's text.
func ReviewOf(a *Article) *Review {
	b := scanReviewBody(a, splitLines(a.Body))
	f := a.Review
	if !reviewSignals(a, f, &b) {
		return nil
	}
	r := &Review{Verdicts: b.verdictHeading}
	r.Listing = b.listing || f != nil && f.Listing
	r.Product = Product{Name: a.Product}
	if f != nil {
		r.Product.Brand, r.Product.Model, r.Product.Price, r.Product.SalePrice, r.Product.URL = f.Brand, f.Model, f.Price, f.SalePrice, f.URL
	}
	if !r.Listing {
		fillEmpty(&r.Product.Brand, b.brand)
		fillEmpty(&r.Product.Model, b.model)
		fillEmpty(&r.Product.Price, b.price)
		r.Rating = ratingOfText(a.Rating)
		if r.Rating != nil {
			r.Rating.Parts = partsOf(f, b.parts)
		} else if parts := partsOf(f, b.parts); len(parts) > 0 {
			r.Rating = &Rating{Parts: parts} // scored parts, no overall score: none is made up
		}
		r.Pros, r.Cons = b.pros, b.cons
	}
	if f != nil {
		r.Pros, r.Cons, r.Verdict = orList(f.Pros, r.Pros), orList(f.Cons, r.Cons), f.Verdict
		for _, x := range f.Alternatives {
			r.Alternatives = append(r.Alternatives, Alternative{Name: x.Name, Slug: x.Slug, Price: x.Price, Rating: ratingOfText(x.Rating)})
		}
	}
	if r.Verdict == "" {
		r.Verdict = b.verdict
	}
	if r.Verdict == "" && f != nil {
		r.Verdict = f.Summary
	}
	if r.Listing {
		r.Product = Product{}
		r.Alternatives = mergeAlternatives(r.Alternatives, b.picks)
	} else {
		r.Alternatives = mergeAlternatives(r.Alternatives, b.alternatives)
	}
	return r
}

// reviewSignals decides whether the article reviews something: the
// frontmatter's review fields, a product or a rating say so; a body says
// so with a rating line or picks, or with pros and cons or a verdict
// heading under a title that says review. Pros and cons alone do not:
// notes weighing two designs have them too.
func reviewSignals(a *Article, f *ReviewFacts, b *bodyReview) bool {
	switch {
	case f != nil && (f.Listing || len(f.Pros)+len(f.Cons)+len(f.Parts) > 0 || f.Verdict != ""):
		return true
	case a.Product != "" || a.Rating != "":
		return true
	}
	return bodySaysReview(a, b)
}

// bodySaysReview is the body's part of reviewSignals.
func bodySaysReview(a *Article, b *bodyReview) bool {
	strongVerdict := b.verdictHeading >= 0 && verdictStrength(a.Headings[b.verdictHeading].Text) >= 2
	switch {
	case b.rating != "", b.listing:
		return true
	case len(b.pros) > 0 && len(b.cons) > 0 && (strongVerdict || titleSaysReview(a.Title)):
		return true
	}
	return b.verdictHeading >= 0 && titleSaysReview(a.Title)
}

func fillEmpty(p *string, v string) {
	if *p == "" {
		*p = v
	}
}

func orList(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// partsOf are the frontmatter's rating parts, else the body's.
func partsOf(f *ReviewFacts, body []RatingPart) []Part {
	src := body
	if f != nil && len(f.Parts) > 0 {
		src = f.Parts
	}
	var out []Part
	for _, p := range src {
		if r := ratingOfText(p.Rating); r != nil && p.Name != "" {
			out = append(out, Part{Name: p.Name, Value: r.Value, Scale: r.Scale})
		}
	}
	return out
}

// mergeAlternatives adds to alts the ones of more not already named,
// and fills what alts leave empty from those that are.
func mergeAlternatives(alts []Alternative, more []Alternative) []Alternative {
	for _, m := range more {
		found := false
		for i := range alts {
			if sameProduct(alts[i].Name, m.Name) {
				found = true
				fillEmpty(&alts[i].Price, m.Price)
				fillEmpty(&alts[i].Slug, m.Slug)
				if alts[i].Rating == nil {
					alts[i].Rating = m.Rating
				}
				alts[i].Pros, alts[i].Cons = orList(alts[i].Pros, m.Pros), orList(alts[i].Cons, m.Cons)
			}
		}
		if !found {
			alts = append(alts, m)
		}
	}
	return alts
}

// titleSaysReview reports a title naming a review ("Aero V9 Review",
// "Recensione", "レビュー").
func titleSaysReview(title string) bool {
	return reviewTitleIndex.match(strings.ToLower(title))
}

// titleSaysListing reports a title naming a listing or comparison
// ("The 5 Best Stick Vacuums", "X vs Y").
func titleSaysListing(title string) bool {
	t := strings.ToLower(title)
	for _, not := range []string{"best practice", "best way", "best of both"} {
		t = strings.ReplaceAll(t, not, "")
	}
	return listingTitleIndex.match(t)
}

// sameProduct reports two names of one product: equal as productKey
// makes them, or one the other with more words after it ("Sony
// WH-1000XM5 Headphones", "Meta Ray-Ban Glasses - The It Gadget"), the
// shorter of two words at least.
func sameProduct(a, b string) bool {
	ka, kb := productKey(a), productKey(b)
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	return ka == kb || ka != "" && strings.Contains(ka, " ") && strings.HasPrefix(kb, ka+" ")
}
