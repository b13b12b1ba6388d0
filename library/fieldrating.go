package library

import (
	"math"
	"strconv"
	"strings"
)

// ratingField reads a review's rating as folio add writes it ("4.5/5",
// "8.5/10") or as people do (4.5, "4,5", "4.5 / 5"). It gives the rating
// as "value/scale", the scale 5 when none is given, or "" and a warning
// naming the key when the value is not a rating.
func ratingField(f map[string]any, warn func(string, ...any)) string {
	v, ok := f["rating"]
	if !ok || v == nil {
		return ""
	}
	s, ok := scalarString(v)
	if !ok {
		warn("rating: expected a number like 4.5 or 4.5/5, got %s", typeName(v))
		return ""
	}
	r, ok := parseRating(s)
	if !ok {
		warn("rating: %.40q is not a rating like 4.5 or 4.5/5", s)
		return ""
	}
	return r
}

// parseRating normalises a rating to "value/scale": a value from 0 to a
// scale above 0 and at most 100, both kept to two decimals; the scale is
// 5 when the text has none.
func parseRating(s string) (string, bool) {
	value, scale, found := strings.Cut(strings.TrimSpace(s), "/")
	if !found {
		scale = "5"
	}
	v, okV := ratingNumber(value)
	b, okB := ratingNumber(scale)
	v, b = math.Round(v*100)/100, math.Round(b*100)/100
	if !okV || !okB || b <= 0 || b > 100 || v < 0 || v > b {
		return "", false
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + "/" + strconv.FormatFloat(b, 'f', -1, 64), true
}

func ratingNumber(s string) (float64, bool) {
	s = strings.Replace(strings.TrimSpace(s), ",", ".", 1)
	if s == "" || len(s) > 32 {
		return 0, false
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) {
		return 0, false
	}
	return n, true
}

// RatingLabel is how a rating is shown: "★ 4.5" out of 5, "★ 8.5/10" on
// another scale, and "" for no rating. r is Article.Rating.
func RatingLabel(r string) string {
	if r == "" {
		return ""
	}
	if v, ok := strings.CutSuffix(r, "/5"); ok {
		return "★ " + v
	}
	return "★ " + r
}
