package library

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Ratings as the body writes them ("Our rating: 9/10", "★★★★☆",
// "4.5 out of 5 stars") and as folio keeps them ("value/scale").

// bodyScales are the scales a rating written in the body may have: any
// other fraction ("3/4 cup", "24/7", "1/2") is no rating.
var bodyScales = map[float64]bool{5: true, 10: true, 20: true, 100: true}

// outOfWords join a value to its scale: "4 out of 5", "4 von 5"…
var outOfWords = []string{"out of", "of", "von", "aus", "sur", "de", "su", "uit", "van", "em", "sobre", "из"}

// ratingText reads a rating at the start of s: a fraction, a value out
// of a scale, a percentage, stars, or "4.5 stars". It gives it as
// "value/scale" and false when s does not start with one.
func ratingText(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if r, ok := starsText(s); ok {
		return r, true
	}
	v, rest, ok := leadingNumber(s)
	if !ok {
		return "", false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	var scale float64
	switch {
	case strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "／"):
		_, n := utf8.DecodeRuneInString(rest)
		if scale, _, ok = leadingNumber(strings.TrimLeft(rest[n:], " ")); !ok {
			return "", false
		}
	case strings.HasPrefix(rest, "%"):
		scale = 100
	case startsWithWord(rest, "stars") || startsWithWord(rest, "star") || strings.HasPrefix(rest, "★") || strings.HasPrefix(rest, "⭐") ||
		startsWithWord(rest, "sterne") || startsWithWord(rest, "estrellas") || startsWithWord(rest, "étoiles") ||
		startsWithWord(rest, "estrelas") || startsWithWord(rest, "stelle") || startsWithWord(rest, "sterren") ||
		strings.HasPrefix(rest, "星") || strings.HasPrefix(rest, "颗星") || strings.HasPrefix(rest, "개"):
		scale = 5
	default:
		lower := strings.ToLower(rest)
		for _, w := range outOfWords {
			if startsWithWord(lower, w) {
				if scale, _, ok = leadingNumber(strings.TrimLeft(rest[len(w):], " ")); !ok {
					return "", false
				}
				break
			}
		}
	}
	if !bodyScales[scale] || v < 0 || v > scale {
		return "", false
	}
	return formatRating(v, scale), true
}

// starsText reads a run of star glyphs: ★ full, ☆ empty, ½ or ⯪ half,
// ⭐ full. Three glyphs at least; the scale is their count (five when
// only full ones are written).
func starsText(s string) (string, bool) {
	full, half, empty := 0, 0, 0
	for _, r := range s {
		switch r {
		case '★', '⭐', '🌟':
			full++
		case '☆':
			empty++
		case '½', '⯪', '⯨':
			half++
		case ' ', '\ufe0f': // spaces and the emoji variation selector
		default:
			return starsValue(full, half, empty)
		}
	}
	return starsValue(full, half, empty)
}

func starsValue(full, half, empty int) (string, bool) {
	count := full + half + empty
	if count < 3 {
		return "", false
	}
	scale := float64(count)
	if empty == 0 && count <= 5 {
		scale = 5
	}
	if !bodyScales[scale] {
		return "", false
	}
	return formatRating(float64(full)+0.5*float64(half), scale), true
}

// onlyStars reports a line that is nothing but a rating in star glyphs,
// maybe with the figure beside it: "★★★★☆", "⭐⭐⭐⭐ (4/5)".
func onlyStars(s string) (string, bool) {
	r, ok := starsText(s)
	if !ok {
		return "", false
	}
	rest := strings.TrimLeft(s, "★☆⭐🌟½⯪⯨ \ufe0f")
	rest = strings.Trim(rest, " ()[]")
	if rest != "" {
		if _, ok := ratingText(rest); !ok {
			return "", false
		}
	}
	return r, true
}

// leadingNumber reads a decimal number (point or comma) at the start of s.
func leadingNumber(s string) (float64, string, bool) {
	i, dot := 0, false
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',') && !dot && i > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			dot = true
			i++
			continue
		}
		break
	}
	if i == 0 || i > 12 {
		return 0, s, false
	}
	n, err := strconv.ParseFloat(strings.Replace(s[:i], ",", ".", 1), 64)
	if err != nil {
		return 0, s, false
	}
	return n, s[i:], true
}

// startsWithWord reports s starting with w followed by no letter.
func startsWithWord(s, w string) bool {
	if !strings.HasPrefix(s, w) {
		return false
	}
	return len(s) == len(w) || !letterAt(s, len(w), false)
}

// formatRating writes a rating as folio keeps it: "4.5/5", two decimals at most.
func formatRating(v, scale float64) string {
	v, scale = math.Round(v*100)/100, math.Round(scale*100)/100
	return strconv.FormatFloat(v, 'f', -1, 64) + "/" + strconv.FormatFloat(scale, 'f', -1, 64)
}

// ratingOfText reads a rating kept as "value/scale"; nil for "" or
// anything else.
func ratingOfText(r string) *Rating {
	v, s, ok := splitRating(r)
	if !ok {
		return nil
	}
	return &Rating{Value: v, Scale: s}
}

func splitRating(r string) (value, scale float64, ok bool) {
	a, b, found := strings.Cut(r, "/")
	if !found {
		return 0, 0, false
	}
	v, err1 := strconv.ParseFloat(a, 64)
	s, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil || s <= 0 || v < 0 || v > s {
		return 0, 0, false
	}
	return v, s, true
}

// RatingOnFive is a rating kept as "value/scale" (Article.Rating) on a
// five-point scale; false when there is none.
func RatingOnFive(r string) (float64, bool) {
	v, s, ok := splitRating(r)
	if !ok {
		return 0, false
	}
	return v / s * 5, true
}

// inferScale is the scale of a rating given without one: five for up to
// 5, ten for up to 10, a hundred for up to 100, else none.
func inferScale(v float64) float64 {
	switch {
	case v <= 5:
		return 5
	case v <= 10:
		return 10
	case v <= 100:
		return 100
	}
	return 0
}
