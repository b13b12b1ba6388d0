package library

import "strings"

// coverKeys are the frontmatter keys a cover picture is read from.
var coverKeys = []string{"cover", "image", "coverimage", "heroimage", "thumbnail", "featured_image", "featuredimage"}

// coverField reads the cover picture: a path or URL, a list whose first
// item is one, or a map as themes write one (cover: {image: x.png, alt: …,
// hidden: true}) whose image, src or url is the picture. A map without
// one (a theme's cover settings alone) gives no cover and is no problem.
func coverField(f map[string]any) string {
	for _, k := range coverKeys {
		if s := pictureOf(f[k]); s != "" {
			return s
		}
	}
	return ""
}

func pictureOf(v any) string {
	if s, ok := scalarString(v); ok {
		return strings.TrimSpace(s)
	}
	if list, ok := v.([]any); ok && len(list) > 0 {
		return pictureOf(list[0])
	}
	for _, k := range []string{"image", "src", "url", "path"} {
		if item, ok := mapValue(v, k); ok {
			if s := pictureOf(item); s != "" {
				return s
			}
		}
	}
	return ""
}
