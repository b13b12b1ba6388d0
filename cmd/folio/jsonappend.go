package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/folio-reader/folio/library"
)

// appendArticleJSON appends articleJSON(a) as json.Encoder prints it in
// writeListJSON (no HTML escaping, prefix "    ", indent "  ") without
// the trailing newline. Reflection and re-indenting were most of the
// time of `folio list --json` over a large library; the shape is small
// and fixed, so it is written out here. jsonArticle stays the definition
// of that shape: the tests compare this with encoding/json over it.
// It stays while BenchmarkArticleJSON10k shows encoding/json several
// times slower (figures in docs/bench.md).
func appendArticleJSON(dst []byte, a *library.Article) []byte {
	dst = append(dst, "{\n      \"slug\": "...)
	dst = appendJSONString(dst, a.Slug)
	dst = append(dst, ",\n      \"title\": "...)
	dst = appendJSONString(dst, a.Title)
	dst = append(dst, ",\n      \"date\": "...)
	if a.Date.IsZero() { // DateString's test, without its allocation
		dst = append(dst, "null"...)
	} else {
		// Only digits and '-', so nothing to escape.
		dst = append(dst, '"')
		dst = a.Date.AppendFormat(dst, "2006-01-02")
		dst = append(dst, '"')
	}
	dst = append(dst, ",\n      \"categories\": "...)
	dst = appendJSONStrings(dst, a.Categories)
	dst = append(dst, ",\n      \"tags\": "...)
	dst = appendJSONStrings(dst, a.Tags)
	dst = append(dst, ",\n      \"inferredTags\": "...)
	dst = appendJSONStrings(dst, a.InferredTags)
	dst = append(dst, ",\n      \"author\": "...)
	dst = appendJSONString(dst, a.Author)
	dst = append(dst, ",\n      \"excerpt\": "...)
	dst = appendJSONString(dst, a.Excerpt)
	dst = append(dst, ",\n      \"readingMinutes\": "...)
	dst = strconv.AppendInt(dst, int64(a.ReadingMinutes), 10)
	dst = append(dst, ",\n      \"rating\": "...)
	dst = appendJSONString(dst, a.Rating)
	dst = append(dst, ",\n      \"path\": "...)
	dst = appendJSONString(dst, a.Path)
	return append(dst, "\n    }"...)
}

// appendJSONStrings appends a string array at the depth of an article's
// fields. json.Indent prints an empty array as [], and strs makes nil
// empty, so nil and empty are both [].
func appendJSONStrings(dst []byte, s []string) []byte {
	if len(s) == 0 {
		return append(dst, "[]"...)
	}
	dst = append(dst, '[')
	for i, v := range s {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, "\n        "...)
		dst = appendJSONString(dst, v)
	}
	return append(dst, "\n      ]"...)
}

const lowerHex = "0123456789abcdef"

// appendJSONString quotes s as encoding/json does with HTML escaping
// off: short forms for \" \\ \b \f \n \r \t, \u00xx for the other
// control bytes, \ufffd for each byte that is not valid UTF-8, and
// \u2028 \u2029 escaped because JavaScript treats them as line ends.
// Runs of bytes needing none of that are copied whole.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', lowerHex[c>>4], lowerHex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == utf8.RuneError && size == 1:
			esc = `\ufffd`
		case r == '\u2028':
			esc = `\u2028`
		case r == '\u2029':
			esc = `\u2029`
		default:
			i += size
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = append(dst, esc...)
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
