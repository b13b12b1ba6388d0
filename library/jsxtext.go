package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// Most MDX component tags say nothing a reader needs and are dropped,
// their content kept. Some carry the text in their attributes, and show
// it: a card its title as a link and its description (Starlight's
// <LinkCard>, <Card>), a list of such in its data (videos={[…]}) a
// list of links, a badge its text, a tab its label in bold, a
// <Since v="4.0"/> when it came, a listing its caption, a picture
// component its picture.

var (
	jsxNameRE   = lazyre.New(`^</?([A-Z][\w.]*)`)
	jsxObjectRE = lazyre.New(`\{[^{}]*\}`)
	jsxFieldRE  = lazyre.New(`(\w+):\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|` + "`" + `([^` + "`" + `]*)` + "`" + `)`)
)

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
	if strings.Contains(tag, "={[") {
		if list := jsxLinkList(tag); list != "" {
			return list
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

// jsxLinkList is the list a component's data shows (a grid of videos,
// a sidebar's entries: videos={[{href: …, title: …}, …]}): each object
// with a title or label as an item, a link when it has an address.
func jsxLinkList(tag string) string {
	var items []string
	for _, obj := range jsxObjectRE.FindAllString(tag, -1) {
		f := map[string]string{}
		for _, m := range jsxFieldRE.FindAllStringSubmatch(obj, -1) {
			f[strings.ToLower(m[1])] = strings.TrimSpace(m[2] + m[3] + m[4])
		}
		title := firstOf(f, "title", "label", "text", "name")
		if title == "" {
			continue
		}
		item := "- **" + escapeEmphasis(title) + "**"
		if href := firstOf(f, "href", "link", "url", "to"); href != "" {
			item = "- [**" + escapeEmphasis(title) + "**](" + escapeDestination(href) + ")"
		}
		if d := f["description"]; d != "" {
			item += " — " + strings.Join(strings.Fields(d), " ")
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		return ""
	}
	return "\n" + strings.Join(items, "\n") + "\n"
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
	return emphasisEscaper.Replace(strings.Join(strings.Fields(s), " "))
}
