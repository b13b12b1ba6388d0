package library

import (
	"path"
	"strings"
	"unicode"
)

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// slugify lower-cases and keeps letters and digits of any script, joining
// the words with hyphens.
// Slugify is the slug folio makes of a title or a file name: lower case,
// letters and digits of any script, words joined by hyphens. Other
// programs (folio add) name files with it so that the slug folio lists
// is the file's.
func Slugify(s string) string { return slugify(s) }

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// slugFromPath takes the file name without its extension; a page bundle
// (dir/index.md, dir/_index.md) takes its folder's name.
func slugFromPath(p string) string {
	base := strings.TrimSuffix(path.Base(p), path.Ext(p))
	if base == "index" || base == "_index" {
		if dir := path.Base(path.Dir(p)); dir != "." && dir != "/" {
			base = dir
		}
	}
	if s := slugify(base); s != "" {
		return s
	}
	return "article"
}
