package library

import (
	"slices"
	"strings"
)

// The frontmatter's pros and cons, verdict, product and alternatives.

// readProsCons fills rf's pros and cons from m, where empty.
func readProsCons(m map[string]any, rf *ReviewFacts, warn func(string, ...any)) {
	if len(rf.Pros) == 0 {
		rf.Pros = textList(m, prosKeys, warn)
	}
	if len(rf.Cons) == 0 {
		rf.Cons = textList(m, consKeys, warn)
	}
	v, key := first(m, prosConsKeys...)
	if v == nil {
		return
	}
	switch x := v.(type) {
	case map[string]any, map[any]any: // pros_cons: {pros: […], cons: […]}
		pm := fmMap(x)
		if len(rf.Pros) == 0 {
			rf.Pros = textList(pm, append([]string{"good", "plus"}, prosKeys...), warn)
		}
		if len(rf.Cons) == 0 {
			rf.Cons = textList(pm, append([]string{"bad", "minus"}, consKeys...), warn)
		}
	case []any: // pros_cons: [{type: pro, text: …}]
		for _, it := range x {
			im := fmMap(it)
			kind := fmKey(textField(im, "type", "kind"))
			text := textField(im, "text", "title", "name", "value")
			switch {
			case text == "":
			case strings.HasPrefix(kind, "pro") || kind == "good" || kind == "plus":
				rf.Pros = append(rf.Pros, text)
			case strings.HasPrefix(kind, "con") || kind == "bad" || kind == "minus":
				rf.Cons = append(rf.Cons, text)
			}
		}
	default:
		warn("%s: expected a map of pros and cons, got %s", key, typeName(v))
	}
}

// textList reads a list of text under the first key m has: a list (of
// text, or of maps with text), or one text whose lines are the items.
func textList(m map[string]any, keys []string, warn func(string, ...any)) []string {
	v, key := first(m, keys...)
	if v == nil {
		return nil
	}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "-*•✅❌✔✓✗✘ "))
		if s != "" && len(out) < maxReviewItems {
			out = appendUnique(out, s)
		}
	}
	switch x := v.(type) {
	case []any:
		for _, it := range x {
			if s, ok := textOf(it); ok {
				add(s)
			}
		}
	case string:
		for _, l := range strings.Split(x, "\n") {
			add(l)
		}
	default:
		if s, ok := scalarString(v); ok {
			add(s)
		} else {
			warn("%s: expected a list of text, got %s", key, typeName(v))
		}
	}
	return out
}

// verdictField is the verdict's text: a string, or a map's text.
func verdictField(m map[string]any, warn func(string, ...any)) string {
	v, key := first(m, verdictKeys...)
	if v == nil {
		return ""
	}
	if s, ok := scalarString(v); ok {
		if _, isRating := parseRating(s); isRating {
			return "" // verdict: 4.5 is a score, read as one elsewhere if at all
		}
		return strings.TrimSpace(s)
	}
	if vm := fmMap(v); vm != nil {
		return textField(vm, "text", "summary", "body", "content", "verdict", "title")
	}
	warn("%s: expected text, got %s", key, typeName(v))
	return ""
}

// productField reads product: as a name or a map, filling rf with what
// the map says; it gives the name.
func productField(m map[string]any, rf *ReviewFacts) string {
	v, _ := first(m, productKeys...)
	if v == nil {
		return ""
	}
	if s, ok := scalarString(v); ok {
		return strings.TrimSpace(s)
	}
	pm := fmMap(v)
	if pm == nil {
		return ""
	}
	fillProduct(pm, rf)
	return textField(pm, nameKeys...)
}

// fillProduct fills rf's empty product fields from a product map.
func fillProduct(pm map[string]any, rf *ReviewFacts) {
	fillEmpty(&rf.Brand, textField(pm, "brand", "manufacturer", "maker"))
	fillEmpty(&rf.Model, textField(pm, "model", "modelnumber"))
	fillEmpty(&rf.Price, priceField(pm, priceKeys))
	if offers := fmMap(pm["offers"]); offers != nil && rf.Price == "" { // schema.org
		rf.Price = priceField(offers, priceKeys)
	}
	fillEmpty(&rf.SalePrice, priceField(pm, saleKeys))
	fillEmpty(&rf.URL, textField(pm, urlKeys...))
}

// productsField reads products: [...]: one is the product reviewed,
// several are a listing's picks. It gives the product's name.
func productsField(m map[string]any, product string, rf *ReviewFacts) string {
	v, _ := first(m, productsKeys...)
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return product
	}
	if len(list) == 1 {
		pm := fmMap(list[0])
		if s, ok := scalarString(list[0]); ok && product == "" {
			return strings.TrimSpace(s)
		}
		if pm != nil {
			fillProduct(pm, rf)
			if product == "" {
				product = textField(pm, nameKeys...)
			}
		}
		return product
	}
	rf.Listing = true
	for _, it := range list {
		if a, ok := alternativeOf(it); ok && len(rf.Alternatives) < 30 {
			rf.Alternatives = append(rf.Alternatives, a)
		}
	}
	return product
}

// alternativesField reads alternatives: as names, slugs or maps.
func alternativesField(m map[string]any) []AlternativeFacts {
	v, _ := first(m, altKeys...)
	var list []any
	switch x := v.(type) {
	case []any:
		list = x
	case string:
		for _, s := range strings.Split(x, ",") {
			list = append(list, s)
		}
	}
	var out []AlternativeFacts
	for _, it := range list {
		if a, ok := alternativeOf(it); ok && len(out) < 30 {
			out = append(out, a)
		}
	}
	return out
}

// alternativeOf reads one alternative: "Breeze S5", "breeze-s5-review",
// or {name, slug, rating, price, url}.
func alternativeOf(v any) (AlternativeFacts, bool) {
	if s, ok := scalarString(v); ok {
		s = strings.TrimSpace(s)
		if s == "" {
			return AlternativeFacts{}, false
		}
		if slugify(s) == s && strings.Contains(s, "-") { // a slug: its article's title shows
			return AlternativeFacts{Slug: s}, true
		}
		return AlternativeFacts{Name: s}, true
	}
	am := fmMap(v)
	if am == nil {
		return AlternativeFacts{}, false
	}
	a := AlternativeFacts{Name: textField(am, nameKeys...), Slug: slugify(textField(am, "slug", "review", "article"))}
	a.Price = priceField(am, append(append([]string(nil), saleKeys...), priceKeys...))
	if rv, _ := first(am, ratingKeys...); rv != nil {
		a.Rating, _, _ = ratingValue(rv)
	}
	return a, a.Name != "" || a.Slug != ""
}

// sortedKeys are m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
