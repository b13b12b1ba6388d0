package web

import (
	"encoding/json"
	"strconv"
	"strings"
)

// linkedData is what folio keeps of a page's schema.org JSON-LD: the
// article's own fields, a review's verdict and an FAQPage's questions.
type linkedData struct {
	headline, description, lang string
	authors                     []string
	published, modified         string
	keywords, sections          []string
	image                       string
	product, rating             string // rating as "4.5/5"
	pros, cons                  []string
	faq                         []qa
}

// qa is one question of an FAQPage; the answer is HTML.
type qa struct{ question, answer string }

// readLinkedData reads every JSON-LD block; a block that is not valid
// JSON is skipped, as browsers and search engines do.
func readLinkedData(blocks []string) linkedData {
	var ld linkedData
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(b)), &v) != nil {
			continue
		}
		for _, o := range objects(v) {
			ld.add(o)
		}
	}
	return ld
}

// objects flattens a JSON-LD value into its top-level objects: an array
// of them or an @graph.
func objects(v any) []map[string]any {
	switch x := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range x {
			out = append(out, objects(e)...)
		}
		return out
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			return objects(g)
		}
		return []map[string]any{x}
	}
	return nil
}

func (ld *linkedData) add(o map[string]any) {
	switch {
	case hasType(o, "FAQPage"):
		for _, q := range list(o["mainEntity"]) {
			qm, ok := q.(map[string]any)
			if !ok {
				continue
			}
			name := text(qm["name"])
			ans := ""
			if a, ok := first(qm["acceptedAnswer"]).(map[string]any); ok {
				ans = text(a["text"])
			}
			if name != "" {
				ld.faq = append(ld.faq, qa{name, ans})
			}
		}
	case hasType(o, "Product"):
		if ld.product == "" {
			ld.product = text(o["name"])
		}
		for _, r := range list(o["review"]) {
			if rm, ok := r.(map[string]any); ok {
				ld.addReview(rm)
				break
			}
		}
		ld.addArticle(o, false)
	case hasType(o, "Review"):
		ld.addReview(o)
		ld.addArticle(o, true)
	case hasType(o, "Article", "BlogPosting", "NewsArticle", "TechArticle", "Report", "WebPage"):
		ld.addArticle(o, true)
	}
}

// addReview takes a review's rating, pros, cons, product, author and
// date, keeping what an earlier block gave.
func (ld *linkedData) addReview(o map[string]any) {
	if item, ok := first(o["itemReviewed"]).(map[string]any); ok && ld.product == "" {
		ld.product = text(item["name"])
	}
	if r, ok := first(o["reviewRating"]).(map[string]any); ok && ld.rating == "" {
		ld.rating = ratingString(r)
	}
	if len(ld.pros) == 0 {
		ld.pros = names(o["positiveNotes"])
	}
	if len(ld.cons) == 0 {
		ld.cons = names(o["negativeNotes"])
	}
	if len(ld.authors) == 0 {
		ld.authors = names(o["author"])
	}
	if ld.published == "" {
		ld.published = text(o["datePublished"])
	}
}

// addArticle fills the article fields an earlier block left empty. A
// Product's name is no headline, so the caller says whether to take it.
func (ld *linkedData) addArticle(o map[string]any, named bool) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	set(&ld.headline, text(o["headline"]))
	if named {
		set(&ld.headline, text(o["name"]))
	}
	set(&ld.description, text(o["description"]))
	set(&ld.lang, text(o["inLanguage"]))
	set(&ld.published, text(o["datePublished"]))
	set(&ld.modified, text(o["dateModified"]))
	set(&ld.image, imageURL(o["image"]))
	if len(ld.authors) == 0 {
		ld.authors = names(o["author"])
	}
	if len(ld.keywords) == 0 {
		ld.keywords = splitList(o["keywords"])
	}
	if len(ld.sections) == 0 {
		ld.sections = splitList(o["articleSection"])
	}
}

func hasType(o map[string]any, types ...string) bool {
	for _, t := range list(o["@type"]) {
		s, _ := t.(string)
		s = s[strings.LastIndexAny(s, "/:")+1:] // "schema:Review", "https://schema.org/Review"
		for _, want := range types {
			if strings.EqualFold(s, want) {
				return true
			}
		}
	}
	return false
}

// list makes a single value a list of one.
func list(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

func first(v any) any {
	if l := list(v); len(l) > 0 {
		return l[0]
	}
	return nil
}

// text is a string, a number or an object's @value, trimmed.
func text(v any) string {
	switch x := first(v).(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case map[string]any:
		return text(x["@value"])
	}
	return ""
}

// names reads people, list items or plain strings: an author, a list of
// authors, an ItemList of pros.
func names(v any) []string {
	var out []string
	for _, e := range list(v) {
		switch x := e.(type) {
		case string:
			if s := strings.TrimSpace(x); s != "" {
				out = append(out, s)
			}
		case map[string]any:
			if el, ok := x["itemListElement"]; ok {
				out = append(out, names(el)...)
			} else if n := text(x["name"]); n != "" {
				out = append(out, n)
			} else if it, ok := x["item"]; ok {
				out = append(out, names(it)...)
			}
		}
	}
	return out
}

// splitList reads keywords given as one comma-separated string or as a list.
func splitList(v any) []string {
	var out []string
	for _, e := range list(v) {
		for _, s := range strings.Split(text(e), ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func imageURL(v any) string {
	switch x := first(v).(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		if u := text(x["url"]); u != "" {
			return u
		}
		return text(x["contentUrl"])
	}
	return ""
}

// ratingString is "4.5/5": the value over the best rating (5 unless the
// page says otherwise), or "" when the value is not a number.
func ratingString(r map[string]any) string {
	v, err := strconv.ParseFloat(strings.Replace(text(r["ratingValue"]), ",", ".", 1), 64)
	if err != nil {
		return ""
	}
	best := 5.0
	if b, err := strconv.ParseFloat(text(r["bestRating"]), 64); err == nil && b > 0 {
		best = b
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + "/" + strconv.FormatFloat(best, 'f', -1, 64)
}
