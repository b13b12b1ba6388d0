package library

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// dateKeys are the frontmatter keys a date is read from, first found
// first: the publication date under the names static sites give it, then
// the date of the last change (Microsoft Learn's ms.date, Hugo's lastmod).
var dateKeys = []string{"pubdate", "publishdate", "published", "date", "created", "ms.date", "lastmod", "updated", "modified"}

// dateField reads the article's date; a key whose value is not a date
// is reported and the next one tried.
func dateField(f map[string]any, warn func(string, ...any)) time.Time {
	for _, k := range dateKeys {
		v, ok := f[k]
		if !ok || v == nil {
			continue
		}
		if t, ok := parseDate(v); ok {
			return t
		}
		warn("%s: cannot read %q as a date; the article is undated", k, fmt.Sprint(v))
	}
	return time.Time{}
}

var dateLayouts = []string{
	"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 -0700 MST", "2006-1-2",
	"2006/01/02", "2006/1/2", "2006/01/02 15:04:05", "2006/01/02 15:04",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006", "Mon, Jan 2, 2006", "Monday, January 2, 2006",
	time.RFC1123Z, time.RFC1123,
}

// parseDate reads a date as frontmatter gives one: a YAML or TOML date,
// text in one of dateLayouts, M/D/YYYY (D/M/YYYY when the first number
// cannot be a month), D.M.YYYY, or Unix seconds (or milliseconds) as a
// number or digits.
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
		if t, ok := numericDate(s); ok {
			return t, true
		}
		if isDigits(s) {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				return unixDate(n)
			}
		}
	case int:
		return unixDate(int64(v))
	case int64:
		return unixDate(v)
	case uint64:
		if v <= math.MaxInt64 {
			return unixDate(int64(v))
		}
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1e15 {
			return unixDate(int64(v))
		}
	case bool, []any, map[any]any, map[string]any:
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

// unixDate reads n as Unix seconds, or milliseconds when it has 13
// digits; a number too small to be a time after 1973 is not a date.
func unixDate(n int64) (time.Time, bool) {
	switch {
	case n >= 1e11 && n < 1e14:
		return time.UnixMilli(n).UTC(), true
	case n >= 1e8 && n < 1e11:
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}

// numericDate reads M/D/YYYY and D.M.YYYY (one or two digits for day and
// month), with an optional time after a space. With slashes the month
// comes first, as in the United States, unless the first number is over 12.
func numericDate(s string) (time.Time, bool) {
	date, clock, _ := strings.Cut(s, " ")
	var sep string
	switch {
	case strings.Count(date, "/") == 2:
		sep = "/"
	case strings.Count(date, ".") == 2:
		sep = "."
	default:
		return time.Time{}, false
	}
	parts := strings.Split(date, sep)
	var n [3]int
	for i, p := range parts {
		if p == "" || len(p) > 4 || !isDigits(p) {
			return time.Time{}, false
		}
		n[i], _ = strconv.Atoi(p)
	}
	if len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return time.Time{}, false
	}
	month, day := n[0], n[1]
	if sep == "." || month > 12 {
		month, day = day, month
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	t := time.Date(n[2], time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // 31 April
		return time.Time{}, false
	}
	if clock = strings.TrimSpace(clock); clock != "" {
		for _, layout := range []string{"15:04", "15:04:05", "3:04 PM", "3:04:05 PM", "3:04PM"} {
			if c, err := time.Parse(layout, strings.ToUpper(clock)); err == nil {
				return t.Add(time.Duration(c.Hour())*time.Hour + time.Duration(c.Minute())*time.Minute + time.Duration(c.Second())*time.Second), true
			}
		}
		return time.Time{}, false
	}
	return t, true
}
