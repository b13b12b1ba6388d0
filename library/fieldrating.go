package library

import (
	"math"
	"strconv"
	"strings"
)

// parseRating normalises a rating to "value/scale": a value from 0 to a
// scale above 0 and at most 100, both kept to two decimals. Without a
// scale, the smallest of 5, 10 and 100 that holds the value (4.5 is 4.5
// of 5, 8.7 of 10, 87 of 100). Reviews read from the frontmatter
// (review_front.go) use it.
func parseRating(s string) (string, bool) {
	value, scale, found := strings.Cut(strings.TrimSpace(s), "/")
	v, okV := ratingNumber(value)
	if !found {
		scale = strconv.FormatFloat(inferScale(v), 'f', -1, 64)
	}
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
