package library

import (
	"regexp"
	"strings"
)

// Most MDX component tags say nothing a reader needs and are dropped,
// their content kept. Some carry the text in their attributes, and show
// it: a card its title as a link and its description (Starlight's
// <LinkCard>, <Card>), a badge its text, a tab its label in bold, a
// <Since v="4.0"/> when it came, a listing its caption, a picture
// component its picture.

var jsxNameRE = regexp.MustCompile(`^</?([A-Z][\w.]*)`)

// jsxTagText is what the JSX tag tag (an opening or self-closing one,
// which may span lines) shows in place: "" for most.
func jsxTagText(tag string) string {
	m := jsxNameRE.FindStringSubmatch(tag)
	if m == nil || strings.HasPrefix(tag, "</") {
		return ""
	}
	attrs := map[string]string{}
	for _, a := range mdxAttr.FindAllStringSubmatch(tag[len(m[0]):], -1) {
		if _, seen := attrs[strings.ToLower(a[1])]; !seen {
			attrs[strings.ToLower(a[1])] = strings.TrimSpace(a[2] + a[3] + a[4])
		}
	}
	switch name := m[1]; name {
	case "LinkCard", "Card", "LinkButton", "CardLink":
		title := attrs["title"]
		if title == "" {
			title = attrs["label"]
		}
		if title == "" {
			return ""
		}
		text := "**" + escapeEmphasis(title) + "**"
		if href := attrs["href"]; href != "" {
			text = "[" + text + "](" + escapeDestination(href) + ")"
		}
		if d := attrs["description"]; d != "" {
			text += " — " + d
		}
		return text
	case "Badge", "Pill", "Tag", "Kbd":
		return firstOf(attrs, "text", "label", "value")
	case "TabItem", "Tab":
		if label := firstOf(attrs, "label", "title", "value"); label != "" {
			return "**" + escapeEmphasis(label) + "**"
		}
	case "Since":
		if v := firstOf(attrs, "v", "version"); v != "" {
			return "*Added in: " + v + "*"
		}
	case "Listing":
		if c := attrs["caption"]; c != "" {
			return "*" + escapeEmphasis(c) + "*"
		}
	case "Image", "Picture", "Img":
		if src := attrs["src"]; src != "" {
			return "![" + escapeLinkText(attrs["alt"]) + "](" + escapeDestination(src) + ")"
		}
	}
	return ""
}

func firstOf(attrs map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := attrs[k]; v != "" {
			return v
		}
	}
	return ""
}

// escapeEmphasis keeps a title's stars and underscores from closing the
// emphasis around it.
func escapeEmphasis(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`).Replace(strings.Join(strings.Fields(s), " "))
}
