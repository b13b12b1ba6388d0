package library

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Reviews across the library: alternatives linked to the articles that
// review them, and the products the library reviews, the same product
// from several sources gathered by name.

// Review is the review of a with its alternatives linked to the
// library's articles: by slug, else by the product an article reviews,
// else by title. nil when a reviews nothing.
func (l *Library) Review(a *Article) *Review {
	r := reviewOfWhole(a)
	if r == nil {
		return nil
	}
	for i := range r.Alternatives {
		l.link(&r.Alternatives[i], a)
	}
	return r
}

// link finds the article an alternative names and fills in what the
// review left out: its name, rating and slug.
func (l *Library) link(alt *Alternative, from *Article) {
	target := l.find(alt.Slug, alt.Name, from)
	if target == nil {
		if alt.Name == "" {
			alt.Name = alt.Slug
		}
		if _, ok := l.Article(alt.Slug); !ok {
			alt.Slug = ""
		}
		return
	}
	alt.Slug = target.Slug
	if alt.Name == "" {
		alt.Name = cmp.Or(target.Product, target.Title)
	}
	if alt.Rating == nil {
		alt.Rating = ratingOfText(target.Rating)
	}
}

// find is the article a slug or a product name names, other than from.
func (l *Library) find(slug, name string, from *Article) *Article {
	if a, ok := l.Article(slug); ok && !sameArticle(a, from) {
		return a
	}
	if name == "" {
		return nil
	}
	if a, ok := l.Article(slugify(name)); ok && !sameArticle(a, from) {
		return a
	}
	key := productKey(name)
	var byTitle, byTail *Article
	tails := 0
	for _, a := range l.Articles {
		if sameArticle(a, from) {
			continue
		}
		pk := productKey(a.Product)
		switch {
		case pk != "" && pk == key:
			return a
		case pk != "" && strings.HasSuffix(pk, " "+key): // "Hexa" for "Truthear Hexa"
			if byTail == nil || byTail.Product != a.Product {
				tails++
			}
			byTail = a
		}
		if byTitle == nil && (strings.EqualFold(a.Title, name) || productKey(a.Title) == key+" review") {
			byTitle = a
		}
	}
	if byTitle == nil && tails == 1 {
		return byTail // one product only ends so: its brand was left out
	}
	return byTitle
}

// productKey is a product's name as compared: lower case, letters and
// digits of any script, single spaces.
func productKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// ProductReviews is one product the library reviews: its name, the
// articles that review it, and their mean rating on five.
type ProductReviews struct {
	Name    string
	Rating  float64 // the mean on five of the reviews that rate it; see Rated
	Rated   bool
	Reviews []ProductReview
}

// ProductReview is one article's review of a product.
type ProductReview struct {
	Article *Article
	Rating  *Rating // on its own scale; nil when this review gives none
	Listing bool    // a pick of a "best X" listing
}

// Products gathers the products arts review, each once: single reviews
// by Article.Product, listings by their picks. Names are compared
// without case, punctuation or a brand written before them by one
// review and not by another ("Aero V9", "aero-v9", "V9" by Aero). Best
// rated first, unrated last, then by name.
func Products(arts []*Article) []ProductReviews {
	type entry struct {
		name, brand string
		pr          ProductReview
	}
	var entries []entry
	brands := map[string]bool{}
	for _, a := range arts {
		brand := ""
		if a.Review != nil {
			brand = a.Review.Brand
		}
		if a.Product != "" {
			entries = append(entries, entry{a.Product, brand, ProductReview{Article: a, Rating: ratingOfText(a.Rating)}})
		}
		if mayBeListing(a) {
			if r := reviewOfWhole(a); r != nil && r.Listing {
				for _, p := range r.Alternatives {
					if p.Name != "" {
						entries = append(entries, entry{p.Name, "", ProductReview{Article: a, Rating: p.Rating, Listing: true}})
					}
				}
			}
		}
		if brand != "" {
			brands[productKey(brand)] = true
		}
	}
	groups := map[string]*ProductReviews{}
	spellings := map[string]map[string]int{}
	var order []string
	for _, e := range entries {
		key := brandedKey(e.name, e.brand)
		g := groups[key]
		if g == nil {
			g = &ProductReviews{}
			groups[key], spellings[key] = g, map[string]int{}
			order = append(order, key)
		}
		if !slices.ContainsFunc(g.Reviews, func(x ProductReview) bool { return x.Article == e.pr.Article }) {
			g.Reviews = append(g.Reviews, e.pr)
		}
		spellings[key][e.name]++
	}
	// "V9" by no brand joins "aero v9" when one known brand makes it so
	for _, key := range order {
		var into string
		for _, other := range order {
			if b, rest, ok := strings.Cut(other, " "); ok && rest == key && brands[b] && groups[other] != nil {
				if into != "" {
					into = "" // two brands make a V9: leave it alone
					break
				}
				into = other
			}
		}
		if into != "" && groups[key] != nil {
			groups[into].Reviews = append(groups[into].Reviews, groups[key].Reviews...)
			for s, n := range spellings[key] {
				spellings[into][s] += n
			}
			delete(groups, key)
		}
	}
	var out []ProductReviews
	for _, key := range order {
		g := groups[key]
		if g == nil {
			continue
		}
		g.Name = commonSpelling(spellings[key])
		sum, n := 0.0, 0
		for _, r := range g.Reviews {
			if r.Rating != nil {
				sum += r.Rating.OnFive()
				n++
			}
		}
		if n > 0 {
			g.Rating, g.Rated = sum/float64(n), true
		}
		out = append(out, *g)
	}
	slices.SortStableFunc(out, func(a, b ProductReviews) int {
		if a.Rated != b.Rated {
			if a.Rated {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.Rating, a.Rating); c != 0 {
			return c
		}
		return strings.Compare(productKey(a.Name), productKey(b.Name))
	})
	return out
}

// mayBeListing is a cheap first look for a listing, before its body is read.
func mayBeListing(a *Article) bool {
	return a.Review != nil && a.Review.Listing || titleSaysListing(a.Title) || bodyNamesPros(a)
}

// bodyNamesPros: the body says "Pros" at least twice (a summary was
// told when its article was parsed).
func bodyNamesPros(a *Article) bool {
	if a.text != nil {
		return a.text.facts.listing
	}
	return strings.Count(a.Body, "Pros") >= 2
}

// brandedKey is productKey of the name with the brand before it, when
// the name does not start with the brand already.
func brandedKey(name, brand string) string {
	k, b := productKey(name), productKey(brand)
	if b == "" || k == b || strings.HasPrefix(k, b+" ") {
		return k
	}
	return b + " " + k
}

// commonSpelling is the spelling used most, the longest among equals.
func commonSpelling(counts map[string]int) string {
	best, n := "", 0
	for _, s := range sortedKeys(counts) {
		if c := counts[s]; c > n || c == n && len(s) > len(best) {
			best, n = s, c
		}
	}
	return best
}

// MatchProducts keeps the products whose name holds every word of query,
// ignoring case and punctuation; all of them for an empty query.
func MatchProducts(ps []ProductReviews, query string) []ProductReviews {
	words := strings.Fields(productKey(query))
	if len(words) == 0 {
		return ps
	}
	var out []ProductReviews
	for _, p := range ps {
		key := " " + productKey(p.Name) + " "
		all := true
		for _, w := range words {
			if !strings.Contains(key, w) {
				all = false
				break
			}
		}
		if all {
			out = append(out, p)
		}
	}
	return out
}
