package library

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/folio-reader/folio/internal/lazyre"
)

// MaxTermsPerArticle caps the tags, categories and keywords one article
// may have. The first ones are kept; the rest are reported as a problem
// (a file with 20,000 tags is a mistake or an attack, not a taxonomy).
const MaxTermsPerArticle = 1000

// applyFields copies frontmatter fields (keys already lower-cased) onto
// the article, under the names real static sites use. Numbers and
// true/false where text is expected become their text, and a map where
// one picture is expected gives its image; a field that still cannot be
// read is reported and skipped, and the article is kept.
func applyFields(a *Article, f map[string]any) (warnings []string) {
	warn := func(format string, args ...any) { warnings = append(warnings, fmt.Sprintf(format, args...)) }
	str := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := f[k]; ok && v != nil {
				if s, ok := textOf(v); ok {
					return strings.TrimSpace(s)
				}
				warn("%s: expected text, got %s", k, typeName(v))
			}
		}
		return ""
	}
	// list reads list fields; spaces separate a one-string list only for
	// tags and categories (Jekyll's "tags: go rust").
	list := func(keys ...string) []string {
		spaces := keys[0] == "tags" || keys[0] == "categories"
		var u uniqueList
		for _, k := range keys {
			v, ok := f[k]
			if !ok || v == nil {
				continue
			}
			if !addList(&u, v, spaces) {
				warn("%s: expected a list or a string, got %s", k, typeName(v))
			}
		}
		return u.items
	}
	// single reads a field that names one thing, though it may be a list.
	single := func(key string) []string {
		if s, ok := f[key].(string); ok {
			return appendUnique(nil, strings.TrimSpace(s))
		}
		return list(key)
	}
	capped := func(field string, items []string) []string {
		if len(items) <= MaxTermsPerArticle {
			return items
		}
		warn("%s: %d given, more than the %d an article may have; the first %d are kept", field, len(items), MaxTermsPerArticle, MaxTermsPerArticle)
		return items[:MaxTermsPerArticle:MaxTermsPerArticle]
	}

	a.Title = str("title")
	a.Slug = slugify(str("slug"))
	a.Excerpt = str("excerpt", "description", "summary", "metadescription")
	a.Author = strings.Join(plainNames(append(single("author"), list("authors")...)), ", ")
	a.Cover = coverField(f)
	a.Tags = capped("tags", list("tags"))
	a.Categories = capped("categories", appendUnique(single("category"), list("categories", "topics", "series")...))
	a.Keywords = capped("keywords", appendUnique(single("primarykeyword"), list("keywords", "secondarykeywords")...))
	a.Featured = boolField(f, "featured", warn)
	a.Draft = boolField(f, "draft", warn)
	if n, ok := readingMinutes(f["readtime"], f["readingtime"], f["reading_time"]); ok {
		a.ReadingMinutes = n
	}
	a.Date = dateField(f, warn)
	a.Product, a.Rating, a.Review = reviewFields(f, warn)
	return warnings
}

func boolField(f map[string]any, key string, warn func(string, ...any)) bool {
	switch v := f[key].(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		b, err := strconv.ParseBool(strings.TrimSpace(v))
		if err != nil {
			warn("%s: expected true or false, got %q", key, v)
		}
		return b
	default:
		warn("%s: expected true or false, got %s", key, typeName(v))
		return false
	}
}

// scalarString turns a string, number, true/false or date into text.
func scalarString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case int, int64, uint64, bool:
		return fmt.Sprint(v), true
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), true
	case time.Time:
		return v.Format("2006-01-02"), true
	}
	return "", false
}

// plainNames are names as a byline shows them: markdown taken out
// ("[Jane Doe](https://…)" is Jane Doe), empty ones dropped.
func plainNames(names []string) []string {
	out := names[:0]
	for _, n := range names {
		if strings.ContainsAny(n, "[*_`\\&") {
			n = inlineText(n)
		}
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// textOf is scalarString, and for a map (author: {name: X}) the text of
// its name, title, text or value.
func textOf(v any) (string, bool) {
	if s, ok := scalarString(v); ok {
		return s, true
	}
	for _, k := range []string{"name", "title", "text", "value"} {
		if item, ok := mapValue(v, k); ok {
			if s, ok := scalarString(item); ok {
				return s, true
			}
		}
	}
	return "", false
}

// mapValue looks key up in a map as YAML (map[any]any), TOML and JSON
// (map[string]any) decode one, ignoring the case of the map's keys.
func mapValue(v any, key string) (any, bool) {
	switch m := v.(type) {
	case map[string]any:
		for k, item := range m {
			if strings.EqualFold(k, key) && item != nil {
				return item, true
			}
		}
	case map[any]any:
		for k, item := range m {
			if ks, ok := k.(string); ok && strings.EqualFold(ks, key) && item != nil {
				return item, true
			}
		}
	}
	return nil, false
}

// addList adds the items of a list field to u: a list, or one string
// separated by commas (or by spaces when it has no commas and spaces is
// set), as sites write tags both ways, or one number or true/false.
func addList(u *uniqueList, v any, spaces bool) bool {
	switch v := v.(type) {
	case string:
		sep := func(r rune) bool { return r == ',' }
		if spaces && !strings.Contains(v, ",") {
			sep = func(r rune) bool { return r == ' ' || r == '\t' }
		}
		for _, s := range strings.FieldsFunc(v, sep) {
			u.add(strings.TrimSpace(s))
		}
		return true
	case []any:
		for _, item := range v {
			// a list of objects, e.g. authors: [{name: X}]
			if s, ok := textOf(item); ok {
				u.add(strings.TrimSpace(s))
			}
		}
		return true
	case []string:
		for _, s := range v {
			u.add(s)
		}
		return true
	}
	if s, ok := textOf(v); ok { // keywords: 2023, author: {name: X}
		u.add(strings.TrimSpace(s))
		return true
	}
	return false
}

var minutesPattern = lazyre.New(`\d+`)

func readingMinutes(values ...any) (int, bool) {
	for _, v := range values {
		s, ok := scalarString(v)
		if !ok {
			continue
		}
		if m := minutesPattern.FindString(s); m != "" {
			n, err := strconv.Atoi(m)
			if err == nil && n > 0 && n < 10000 {
				return n, true
			}
		}
	}
	return 0, false
}

func typeName(v any) string {
	switch v.(type) {
	case int, int64, float64, uint64:
		return "a number"
	case bool:
		return "true/false"
	case []any:
		return "a list"
	case map[any]any, map[string]any:
		return "a map"
	}
	return fmt.Sprintf("%T", v)
}
