package library

import (
	"strconv"
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

// ratingFields reads the overall rating and its parts from the first
// rating key of m.
func ratingFields(m map[string]any, warn func(string, ...any)) (string, []RatingPart) {
	for _, k := range ratingKeys {
		v, ok := m[k]
		if !ok || v == nil {
			continue
		}
		overall, parts, ok := ratingValue(v)
		if !ok {
			if k == "rating" { // the others name scores of other kinds too often to complain
				if _, scalar := scalarString(v); scalar {
					s, _ := scalarString(v)
					warn("rating: %.40q is not a rating like 4.5, 4.5/5 or 9/10", s)
				} else {
					warn("rating: expected a number like 4.5, 4.5/5, or a map of an overall score and its parts; got %s", typeName(v))
				}
			}
			continue
		}
		return overall, parts
	}
	return "", nil
}

// ratingValue reads a rating in any of its shapes: "value/scale" for the
// overall score, and the parts. ok is false when v is no rating.
func ratingValue(v any) (overall string, parts []RatingPart, ok bool) {
	if s, scalar := scalarString(v); scalar {
		r, ok := parseRating(s)
		if !ok {
			r, ok = ratingText(s)
		}
		return r, nil, ok
	}
	if list, isList := v.([]any); isList {
		return ratingList(list)
	}
	m, orig := fmMap(v), stringMap(v)
	if m == nil {
		return "", nil, false
	}
	var ov, scale float64
	hasOverall := false
	if x, key := first(m, overallKeys...); x != nil {
		if sub := fmMap(x); sub != nil && key != "value" { // rating: {overall: {value: 4, scale: 5}}
			if r, _, ok := ratingValue(sub); ok {
				ov, scale, _ = splitRating(r)
				hasOverall = true
			}
		} else if s, ok := scalarString(x); ok {
			if n, sc, ok := numberAndScale(s); ok {
				ov, scale, hasOverall = n, sc, true
			}
		}
		delete(m, key)
	}
	if x, key := first(m, scaleKeys...); x != nil {
		if s, ok := scalarString(x); ok {
			if n, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && n > 0 && n <= 100 {
				scale = n
			}
		}
		delete(m, key)
	}
	if x, key := first(m, partListKeys...); x != nil {
		if _, ps, ok := ratingValue(x); ok {
			parts = ps
		}
		delete(m, key)
	}
	if parts == nil {
		parts = mapParts(orig, m)
	}
	if hasOverall {
		if scale == 0 {
			scale = inferScale(ov)
		}
		if scale <= 0 || ov > scale || ov < 0 {
			return "", nil, false
		}
		overall = formatRating(ov, scale)
	}
	parts = scaleParts(parts, scale)
	return overall, parts, overall != "" || len(parts) > 0
}

// numberAndScale reads "4.5", "4.5/5" or "9/10" as a value and its scale
// (0 when not given).
func numberAndScale(s string) (float64, float64, bool) {
	if r, ok := parseRating(s); ok && strings.Contains(s, "/") {
		v, sc, _ := splitRating(r)
		return v, sc, true
	}
	n, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(s), ",", ".", 1), 64)
	if err != nil || n < 0 || n > 100 {
		return 0, 0, false
	}
	return n, 0, true
}

// mapParts reads the parts of a rating map: the keys of orig that m
// (its keys as fmKey makes them, less those read already) still has,
// with numbers, in the order of their names, as maps keep none. A
// part's name is its key as written, "ease_of_use" as "ease of use".
func mapParts(orig, m map[string]any) []RatingPart {
	var out []RatingPart
	for _, k := range sortedKeys(orig) {
		fk := fmKey(k)
		if _, left := m[fk]; !left || notPartKeys[fk] {
			continue
		}
		if s, ok := scalarString(orig[k]); ok {
			if n, sc, ok := numberAndScale(s); ok {
				name := strings.TrimSpace(strings.NewReplacer("_", " ", "-", " ").Replace(k))
				out = append(out, RatingPart{Name: name, Rating: rawPart(n, sc)})
			}
		}
	}
	return out
}

// rawPart keeps a part's value with its scale when it gave one (scale
// 0: to be decided by scaleParts).
func rawPart(v, scale float64) string {
	if scale == 0 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return formatRating(v, scale)
}

// ratingList reads [{name: Suction, score: 5}, …]; an item named overall
// is the overall score.
func ratingList(list []any) (string, []RatingPart, bool) {
	var overall string
	var parts []RatingPart
	for _, it := range list {
		m := fmMap(it)
		if m == nil {
			continue
		}
		name := textField(m, partNameKeys...)
		v, _ := first(m, partValueKeys...)
		s, ok := scalarString(v)
		if name == "" || !ok {
			continue
		}
		n, sc, ok := numberAndScale(s)
		if !ok {
			continue
		}
		if x := textField(m, scaleKeys...); x != "" && sc == 0 {
			sc, _ = strconv.ParseFloat(x, 64)
		}
		if k := fmKey(name); k == "overall" || k == "total" {
			if sc == 0 {
				sc = inferScale(n)
			}
			overall = formatRating(n, sc)
			continue
		}
		parts = append(parts, RatingPart{Name: name, Rating: rawPart(n, sc)})
	}
	if overall != "" {
		_, sc, _ := splitRating(overall)
		parts = scaleParts(parts, sc)
	} else {
		parts = scaleParts(parts, 0)
	}
	return overall, parts, overall != "" || len(parts) > 0
}

// scaleParts gives each part without a scale the overall score's (when
// the part fits it), else the scale its largest part implies.
func scaleParts(parts []RatingPart, scale float64) []RatingPart {
	top := 0.0
	for _, p := range parts {
		if n, err := strconv.ParseFloat(p.Rating, 64); err == nil {
			top = max(top, n)
		}
	}
	implied := inferScale(top)
	if scale > 0 && top <= scale {
		implied = scale
	}
	out := parts[:0]
	for _, p := range parts {
		if n, err := strconv.ParseFloat(p.Rating, 64); err == nil {
			if implied == 0 {
				continue
			}
			p.Rating = formatRating(n, implied)
		}
		if _, _, ok := splitRating(p.Rating); ok {
			out = append(out, p)
		}
	}
	return out
}
