package library

import (
	"strconv"
	"strings"
)

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
