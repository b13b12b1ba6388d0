package library

import (
	"strings"
)

// Reading a review from the frontmatter, under the names review themes
// and sites use: rating as a number, "4.5/5", "9/10", a map of an
// overall score and its parts, schema.org's ratingValue/bestRating, a
// list of {name, score}; score, stars, ratings; pros, cons, pros_cons,
// the_good/the_bad; verdict, bottom_line, or summary beside other
// review fields; product as text or {name, brand, model, price,
// sale_price, url}; products as a listing's picks; alternatives as
// names, slugs or maps; and all of these inside a review: map.

// fmKey is a frontmatter key without case, underscores, hyphens or
// spaces: sale_price, salePrice and sale-price are one key.
func fmKey(k string) string {
	k = strings.ToLower(k)
	if !strings.ContainsAny(k, "_- ") {
		return k
	}
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		if c := k[i]; c != '_' && c != '-' && c != ' ' {
			b = append(b, c)
		}
	}
	return string(b)
}

// reviewKeys are the top-level keys that may hold a review: a
// frontmatter with none of them is read no further.
var reviewKeys = func() map[string]bool {
	m := map[string]bool{"review": true}
	for _, ks := range [][]string{ratingKeys, prosKeys, consKeys, prosConsKeys, verdictKeys, productKeys, productsKeys, altKeys} {
		for _, k := range ks {
			m[k] = true
		}
	}
	return m
}()

// hasReviewKey reports a frontmatter with one of reviewKeys.
func hasReviewKey(f map[string]any) bool {
	for k := range f {
		if reviewKeys[fmKey(k)] {
			return true
		}
	}
	return false
}

// fmMap is a frontmatter map with its keys as fmKey makes them; nil when
// v is no map.
func fmMap(v any) map[string]any {
	m := stringMap(v)
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, x := range m {
		if x != nil {
			out[fmKey(k)] = x
		}
	}
	return out
}

// first is the value of the first key m has.
func first(m map[string]any, keys ...string) (any, string) {
	for _, k := range keys {
		if v, ok := m[k]; ok && v != nil {
			return v, k
		}
	}
	return nil, ""
}

var (
	ratingKeys    = []string{"rating", "score", "stars", "ratings", "overallrating", "overallscore", "ourrating", "reviewscore", "verdictscore", "starrating", "ratingvalue", "reviewrating", "ratingbreakdown", "scores"}
	prosKeys      = []string{"pros", "thegood", "likes", "liked", "positives", "advantages", "strengths", "plusses", "pluses"}
	consKeys      = []string{"cons", "thebad", "dislikes", "disliked", "negatives", "disadvantages", "weaknesses", "drawbacks", "minuses"}
	prosConsKeys  = []string{"proscons", "prosandcons", "goodbad"}
	verdictKeys   = []string{"verdict", "finalverdict", "ourverdict", "bottomline", "conclusion", "tldr"}
	productKeys   = []string{"product", "itemreviewed", "reviewitem", "productname", "reviewedproduct"}
	productsKeys  = []string{"products", "affiliateproducts", "picks"}
	altKeys       = []string{"alternatives", "alternative", "competitors", "similarproducts"}
	nameKeys      = []string{"name", "title", "productname", "label", "text"}
	priceKeys     = []string{"price", "msrp", "listprice", "regularprice", "rrp"}
	saleKeys      = []string{"saleprice", "sale", "discountprice", "offerprice", "currentprice", "dealprice"}
	urlKeys       = []string{"url", "link", "href", "buyurl", "buylink", "shopurl", "affiliateurl", "affiliatelink", "amazonurl", "producturl"}
	topURLKeys    = []string{"buyurl", "buylink", "shopurl", "affiliateurl", "affiliatelink", "amazonurl", "producturl"}
	overallKeys   = []string{"overall", "total", "value", "score", "rating", "ratingvalue", "average", "overallscore", "overallrating", "stars", "final"}
	scaleKeys     = []string{"scale", "outof", "max", "best", "bestrating", "maximum", "of"}
	partListKeys  = []string{"metrics", "parts", "breakdown", "criteria", "categories", "scores", "subscores", "details"}
	notPartKeys   = map[string]bool{"worst": true, "worstrating": true, "min": true, "minimum": true, "count": true, "reviewcount": true, "ratingcount": true, "votes": true, "rank": true, "overallrank": true, "label": true, "name": true, "text": true, "type": true, "@type": true, "summary": true}
	partNameKeys  = []string{"name", "label", "title", "criterion", "category", "metric", "aspect"}
	partValueKeys = []string{"score", "value", "rating", "ratingvalue", "stars", "points"}
)

// reviewFields reads the review of a frontmatter (f's keys lower case):
// the product's name, the overall rating as "value/scale", and the
// rest, nil when the frontmatter holds no review.
func reviewFields(f map[string]any, warn func(string, ...any)) (product, rating string, facts *ReviewFacts) {
	if !hasReviewKey(f) {
		return "", "", nil
	}
	m := fmMap(f)
	var rf ReviewFacts
	var nested map[string]any
	if r, ok := m["review"]; ok {
		nested = fmMap(r) // review: {rating, pros, cons, verdict, itemReviewed}
	}
	for _, src := range []map[string]any{m, nested} {
		if src == nil {
			continue
		}
		if rating == "" || len(rf.Parts) == 0 {
			r, parts := ratingFields(src, warn)
			if rating == "" {
				rating = r
			}
			if len(rf.Parts) == 0 {
				rf.Parts = parts
			}
		}
		readProsCons(src, &rf, warn)
		if rf.Verdict == "" {
			rf.Verdict = verdictField(src, warn)
		}
		if product == "" {
			product = productField(src, &rf)
		}
		if len(rf.Alternatives) == 0 {
			rf.Alternatives = alternativesField(src)
		}
	}
	strong := product != "" || rating != "" || len(rf.Pros)+len(rf.Cons)+len(rf.Parts) > 0 || rf.Verdict != "" || len(rf.Alternatives) > 0
	product = productsField(m, product, &rf)
	strong = strong || product != ""
	if !strong && !rf.Listing {
		return "", "", nil
	}
	// fields that say nothing alone: the price, brand and model at the
	// top, and summary as the verdict
	fillEmpty(&rf.Brand, textField(m, "brand", "manufacturer"))
	fillEmpty(&rf.Model, textField(m, "model"))
	fillEmpty(&rf.Price, priceField(m, priceKeys))
	fillEmpty(&rf.SalePrice, priceField(m, saleKeys))
	fillEmpty(&rf.URL, textField(m, topURLKeys...))
	if rf.Verdict == "" && strong { // the verdict only when the body has none (ReviewOf)
		rf.Summary = textField(m, "summary")
		if nested != nil && rf.Summary == "" {
			rf.Summary = textField(nested, "summary", "reviewbody", "body", "text")
		}
	}
	if rf.isZero() {
		return product, rating, nil
	}
	return product, rating, &rf
}

func (rf *ReviewFacts) isZero() bool {
	return rf.Brand == "" && rf.Model == "" && rf.Price == "" && rf.SalePrice == "" && rf.URL == "" && len(rf.Parts) == 0 &&
		len(rf.Pros) == 0 && len(rf.Cons) == 0 && rf.Verdict == "" && rf.Summary == "" && len(rf.Alternatives) == 0 && !rf.Listing
}

// textField is the text of the first key m has.
func textField(m map[string]any, keys ...string) string {
	v, _ := first(m, keys...)
	if v == nil {
		return ""
	}
	if s, ok := textOf(v); ok {
		return strings.TrimSpace(s)
	}
	return ""
}

// priceField is a price as text: "$649.99", 649.99, or {amount, currency}.
func priceField(m map[string]any, keys []string) string {
	v, _ := first(m, keys...)
	switch x := v.(type) {
	case nil:
		return ""
	case map[string]any, map[any]any:
		pm := fmMap(x)
		amount := textField(pm, "amount", "value", "price")
		if cur := textField(pm, "currency", "pricecurrency"); amount != "" && cur != "" {
			return amount + " " + cur
		}
		return amount
	}
	s, _ := scalarString(v)
	if cur := textField(m, "currency", "pricecurrency"); cur != "" && s != "" && strings.IndexFunc(s, isPriceSymbol) < 0 {
		s += " " + cur
	}
	return strings.TrimSpace(s)
}

func isPriceSymbol(r rune) bool { return strings.ContainsRune("$€£¥₹₩", r) }
