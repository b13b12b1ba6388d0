package web

import (
	"encoding/json"
	"slices"
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
	verdict                     string // the review's own summary
	pros, cons                  []string
	faq                         []qa
	article                     bool   // the page says it is an article, a review, a product
	collection                  bool   // … or an index of pages
	collectionType              string // which: "CollectionPage"
	aggregate, aggregateItem    string // an AggregateRating and what it rates, for want of a review
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
		for _, o := range objects(v) {
			if hasType(o, "Review") {
				ld.addReview(o, nil)
			}
		}
		ld.findReviews(v, nil)
	}
	if ld.rating == "" && ld.aggregate != "" {
		ld.rating = ld.aggregate
		if ld.product == "" {
			ld.product = ld.aggregateItem
		}
	}
	return ld
}

// reviewTypes are schema.org's Review and its kinds.
var reviewTypes = []string{"Review", "CriticReview", "UserReview", "EmployerReview", "Recommendation"}

// findReviews looks through a JSON-LD value, however deep, for the
// first Review (a Place's or a Product's review, one in an @graph) and
// AggregateRating; parent is the object that holds v, the item
// reviewed when the review does not name it.
func (ld *linkedData) findReviews(v any, parent map[string]any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.findReviews(e, parent)
		}
	case map[string]any:
		switch {
		case hasType(x, reviewTypes...):
			ld.addReview(x, parent)
		case hasType(x, "AggregateRating"):
			if ld.aggregate == "" {
				ld.aggregate = ratingString(x)
				ld.aggregateItem = itemName(x["itemReviewed"], parent)
			}
		}
		for _, k := range sortedKeys(x) { // the same review on every run
			if k != "@context" {
				ld.findReviews(x[k], x)
			}
		}
	}
}

// itemName is the name of a reviewed item: given as text, as an item,
// or the item the review sits in.
func itemName(v any, parent map[string]any) string {
	switch x := first(v).(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return text(x["name"])
	}
	if parent != nil && !hasType(parent, articleTypes...) {
		return text(parent["name"])
	}
	return ""
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
		ld.article = true
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
		ld.article = true
		ld.addArticle(o, false)
	case hasType(o, reviewTypes...):
		ld.article = true
		ld.addArticle(o, true)
	case hasType(o, articleTypes...):
		ld.article = true
		ld.addArticle(o, true)
	case hasType(o, "WebPage"):
		ld.addArticle(o, true)
	case hasType(o, collectionTypes...):
		ld.collection = true
		if ld.collectionType == "" {
			ld.collectionType = typeName(o)
		}
	}
}

// articleTypes are the schema.org types of an article.
var articleTypes = []string{"Article", "BlogPosting", "NewsArticle", "TechArticle", "Report", "ScholarlyArticle",
	"AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
	"SocialMediaPosting", "DiscussionForumPosting", "HowTo", "Recipe", "MedicalWebPage", "QAPage", "FAQPage", "ItemPage"}

// collectionTypes are the schema.org types of a page that lists others.
var collectionTypes = []string{"CollectionPage", "SearchResultsPage", "Blog"}

func typeName(o map[string]any) string {
	s, _ := first(o["@type"]).(string)
	return s[strings.LastIndexAny(s, "/:")+1:]
}

// addReview takes a review's rating, pros, cons, product, author,
// summary and date, keeping what an earlier review gave.
func (ld *linkedData) addReview(o map[string]any, parent map[string]any) {
	if ld.product == "" {
		ld.product = itemName(o["itemReviewed"], parent)
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
	if ld.verdict == "" {
		ld.verdict = text(o["description"])
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
			if s := strings.TrimSpace(x); s != "" && !isURL(s) {
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

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// isURL: s is an address, not a name ("https://…/staff/ada", "/author/ada").
func isURL(s string) bool {
	return strings.HasPrefix(s, "/") || strings.Contains(s, "://") || strings.HasPrefix(s, "www.")
}
