package library

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// applyFields copies frontmatter fields (keys already lower-cased) onto
// the article, under the names real static sites use. A field of the
// wrong type is reported and skipped; the article is still kept.
func applyFields(a *Article, f map[string]any) (warnings []string) {
	warn := func(format string, args ...any) { warnings = append(warnings, fmt.Sprintf(format, args...)) }
	str := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := f[k]; ok && v != nil {
				if s, ok := scalarString(v); ok {
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
		var out []string
		for _, k := range keys {
			v, ok := f[k]
			if !ok || v == nil {
				continue
			}
			items, ok := stringList(v, spaces)
			if !ok {
				warn("%s: expected a list or a string, got %s", k, typeName(v))
				continue
			}
			out = appendUnique(out, items...)
		}
		return out
	}

	// single reads a field that names one thing, though it may be a list.
	single := func(key string) []string {
		if s, ok := f[key].(string); ok {
			return appendUnique(nil, strings.TrimSpace(s))
		}
		return list(key)
	}

	a.Title = str("title")
	a.Slug = slugify(str("slug"))
	a.Excerpt = str("excerpt", "description", "summary", "metadescription")
	a.Author = strings.Join(append(single("author"), list("authors")...), ", ")
	a.Cover = str("cover", "image", "coverimage", "heroimage")
	a.Tags = list("tags")
	a.Categories = appendUnique(single("category"), list("categories", "topics", "series")...)
	a.Keywords = appendUnique(single("primarykeyword"), list("keywords", "secondarykeywords")...)
	a.Featured = boolField(f, "featured", warn)
	a.Draft = boolField(f, "draft", warn)
	if n, ok := readingMinutes(f["readtime"], f["readingtime"], f["reading_time"]); ok {
		a.ReadingMinutes = n
	}
	for _, k := range []string{"pubdate", "publishdate", "published", "date", "lastmod"} {
		v, ok := f[k]
		if !ok || v == nil {
			continue
		}
		if t, ok := parseDate(v); ok {
			a.Date = t
			break
		}
		warn("%s: cannot read %q as a date; the article is undated", k, fmt.Sprint(v))
	}
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

// scalarString turns a string, number or date into text.
func scalarString(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case int, int64, float64, uint64, bool:
		return fmt.Sprint(v), true
	case time.Time:
		return v.Format("2006-01-02"), true
	}
	return "", false
}

// stringList accepts a list, or one string separated by commas (or by
// spaces when it has no commas), as sites write tags both ways.
func stringList(v any, spaces bool) ([]string, bool) {
	switch v := v.(type) {
	case string:
		sep := func(r rune) bool { return r == ',' }
		if spaces && !strings.Contains(v, ",") {
			sep = func(r rune) bool { return r == ' ' || r == '\t' }
		}
		var out []string
		for _, s := range strings.FieldsFunc(v, sep) {
			out = appendUnique(out, strings.TrimSpace(s))
		}
		return out, true
	case []any:
		var out []string
		for _, item := range v {
			s, ok := scalarString(item)
			if !ok {
				// a list of objects, e.g. authors: [{name: X}]
				if m, isMap := item.(map[any]any); isMap {
					s, ok = scalarString(m["name"])
				} else if m, isMap := item.(map[string]any); isMap {
					s, ok = scalarString(m["name"])
				}
			}
			if ok {
				out = appendUnique(out, strings.TrimSpace(s))
			}
		}
		return out, true
	case []string:
		return appendUnique(nil, v...), true
	}
	return nil, false
}

// appendUnique appends the non-empty items not already present, compared
// without regard to case.
func appendUnique(list []string, items ...string) []string {
	for _, it := range items {
		if it == "" {
			continue
		}
		dup := false
		for _, have := range list {
			if strings.EqualFold(have, it) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00",
	"2006/01/02", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006", time.RFC1123Z, time.RFC1123,
}

func parseDate(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, true
	case string:
		s := strings.TrimSpace(v)
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t, true
			}
		}
	default:
		// TOML local dates and times have their own types; they print as RFC 3339.
		if s := fmt.Sprint(v); s != "" {
			if t, ok := parseDate(s); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

var minutesPattern = regexp.MustCompile(`\d+`)

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
