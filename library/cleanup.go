package library

import (
	"regexp"
	"strings"
)

var (
	leadBlock   = regexp.MustCompile(`^\s*\[LEAD\|([^|\]]*)\|([^\]|]*)\]\s*$`)
	mdxImport   = regexp.MustCompile(`^(import|export)\s`)
	jsxTag      = regexp.MustCompile(`</?[A-Z][A-Za-z0-9_.]*(?:\s[^<>]*)?/?>`)
	shortcode   = regexp.MustCompile(`\{\{[<%]\s*(/?)\s*([A-Za-z0-9_.-]*)[^}]*?[>%]\}\}`)
	escapeStart = regexp.MustCompile(`^(\s*)([#>+=-]|\d+[.)])`)
)

// cleanBody turns constructs that are not CommonMark into plain markdown:
// [LEAD|label|url] call-outs become a quoted label and link, MDX import
// and export lines and JSX component tags are dropped, and Hugo
// shortcodes are dropped, a stand-alone one leaving a short marker.
// Code blocks are left alone. The LEAD targets are returned as links.
func cleanBody(body string) string {
	if !strings.Contains(body, "[LEAD|") && !strings.Contains(body, "{{") &&
		!strings.Contains(body, "import ") && !strings.Contains(body, "export ") && !jsxTag.MatchString(body) {
		return body
	}
	var out []string
	for _, l := range splitLines(body) {
		if l.code {
			out = append(out, l.text)
			continue
		}
		text := l.text
		if mdxImport.MatchString(text) {
			continue
		}
		had := strings.TrimSpace(text) != ""
		if strings.Contains(text, "<") {
			text = jsxTag.ReplaceAllString(text, "")
		}
		if !strings.Contains(text, "[LEAD|") && !strings.Contains(text, "{{") {
			out = append(out, text)
			continue
		}
		if m := leadBlock.FindStringSubmatch(text); m != nil {
			label, url := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
			out = append(out, "> ["+label+"]("+url+")")
			continue
		}
		standalone := shortcode.FindString(strings.TrimSpace(text)) == strings.TrimSpace(text)
		text = shortcode.ReplaceAllStringFunc(text, func(m string) string {
			sub := shortcode.FindStringSubmatch(m)
			if standalone && sub[1] == "" && sub[2] != "" {
				return "*[" + sub[2] + "]*"
			}
			return ""
		})
		if had && strings.TrimSpace(text) == "" {
			continue
		}
		out = append(out, text)
	}
	return strings.Join(out, "\n")
}
