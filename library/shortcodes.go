package library

import (
	"net/url"
	"path"
	"sort"
	"strings"
)

// Hugo shortcodes, {{< name args >}} and {{% name args %}}, become what
// they show on the site: figure and img a picture with its alt text or
// caption; highlight, code and code-toggle a fenced code block with its
// lines; notice, hint, alert, admonition, tip, note, warning… a ::: callout;
// youtube, vimeo, tweet, gist a link to that page; ref and relref the
// path they name. An unknown shortcode with a closing tag keeps what it
// holds; an unknown one alone shows nothing. {{</* x */>}}, Hugo's way of
// writing a shortcode as text, shows as {{< x >}}.

// maxShortcodeTag bounds a tag's length: arguments may span lines, but
// a "{{<" in prose must not swallow the article.
const maxShortcodeTag = 8 << 10

// shortcodeTag is one parsed tag.
type shortcodeTag struct {
	delim   byte // '<' or '%'
	name    string
	closing bool // {{< /name >}}
	self    bool // {{< name />}}: no body, no closing tag
	args    []shortcodeArg
	end     int    // offset just past the tag
	literal string // for {{</* x */>}}: the text it stands for
}

type shortcodeArg struct{ key, value string } // key "" for a positional one

// shortcode reads the shortcode that opens at src[i].
func (r *siteRewriter) shortcode(i int) (int, string, bool) {
	t, ok := parseShortcode(r.src, i)
	if !ok || r.fenceBetween(i, t.end) { // a tag does not run over code
		return 0, "", false
	}
	if t.literal != "" {
		return t.end, t.literal, true
	}
	base := strings.ToLower(path.Base(t.name))
	if t.closing {
		return r.closeShortcode(i, t, base)
	}
	switch shortcodeKinds[base] {
	case "picture":
		end, repl := r.blockAt(i, t.end, shortcodePicture(t))
		return end, repl, true
	case "code":
		return r.shortcodeCode(i, t, base)
	case "callout", "details", "tab":
		return r.openShortcode(i, t, base)
	case "embed":
		if link := shortcodeEmbed(base, t); link != "" {
			return t.end, link, true
		}
	case "ref":
		return t.end, t.arg(0, "path"), true
	case "since":
		if v := t.arg(0, "version"); v != "" {
			return t.end, "*" + map[string]string{"new-in": "New in", "deprecated-in": "Deprecated in"}[base] + " v" + strings.TrimPrefix(v, "v") + "*", true
		}
	}
	if r.closedLater(t, base) {
		r.shortcodes = append(r.shortcodes, base)
	}
	return r.wholeLines(i, t.end), "", true
}

// shortcodeKinds sorts the shortcodes Hugo and its themes ship by what
// they show.
var shortcodeKinds = map[string]string{
	"figure": "picture", "img": "picture", "image": "picture", "picture": "picture",
	"highlight": "code", "code": "code", "code-toggle": "code", "codeblock": "code", "prism": "code", "syntax": "code",
	"notice": "callout", "hint": "callout", "alert": "callout", "admonition": "callout", "callout": "callout",
	"tip": "callout", "note": "callout", "warning": "callout", "info": "callout", "caution": "callout",
	"danger": "callout", "important": "callout", "warn": "callout", "error": "callout", "success": "callout",
	"attention": "callout", "aside": "callout", "alertbox": "callout", "box": "callout",
	"details": "details", "expand": "details", "collapse": "details", "spoiler": "details", "accordion": "details",
	"tab":     "tab",
	"youtube": "embed", "vimeo": "embed", "tweet": "embed", "twitter": "embed", "x": "embed", "gist": "embed", "instagram": "embed",
	"ref": "ref", "relref": "ref",
	"new-in": "since", "deprecated-in": "since", // Hugo's own docs
}

// arg is the value of the first argument named one of keys, else the
// positional argument n (-1: none), else "".
func (t shortcodeTag) arg(n int, keys ...string) string {
	for _, k := range keys {
		for _, a := range t.args {
			if strings.EqualFold(a.key, k) {
				return a.value
			}
		}
	}
	if n < 0 {
		return ""
	}
	for _, a := range t.args {
		if a.key == "" {
			if n == 0 {
				return a.value
			}
			n--
		}
	}
	return ""
}

// shortcodePicture is a figure's markdown: the picture, and its caption
// below when it says more than the alt text.
func shortcodePicture(t shortcodeTag) string {
	src := t.arg(0, "src", "url", "source", "image")
	caption := t.arg(-1, "caption")
	alt := t.arg(-1, "alt", "title")
	if alt == "" {
		alt = caption
	}
	if src == "" {
		return caption
	}
	md := "![" + escapeLinkText(alt) + "](" + escapeDestination(src) + ")"
	if caption != "" && caption != alt {
		md += "\n\n*" + strings.TrimSpace(caption) + "*"
	}
	return md
}

// shortcodeCode turns highlight, code and code-toggle, with their
// closing tag, into a fenced code block of the lines between.
func (r *siteRewriter) shortcodeCode(i int, t shortcodeTag, base string) (int, string, bool) {
	bodyEnd, end := r.closingShortcode(t.end, base)
	if bodyEnd < 0 || t.self { // a code shortcode that reads a file: nothing to show
		return r.wholeLines(i, t.end), "", true
	}
	var lang string
	switch base {
	case "highlight":
		lang = t.arg(0, "lang", "language")
	case "code-toggle": // Hugo's configuration examples, written in TOML
		if lang = t.arg(-1, "lang", "language"); lang == "" {
			lang = "toml"
		}
	default: // code's positional argument is its file's name
		lang = t.arg(-1, "lang", "language")
	}
	end, repl := r.blockAt(i, end, codeFence(r.indentAt(i), lang, r.src[t.end:bodyEnd]))
	return end, repl, true
}

// codeFence is body as a fenced code block: its blank first and last
// lines dropped, its fence longer than any run of backticks it holds,
// its lines indented as the line it opens on is (indent: in a list
// item or a definition, a fence at the margin would end it), less the
// indentation all of them share.
func codeFence(indent, lang, body string) string {
	lines := strings.Split(strings.Trim(body, "\n"), "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	common := -1
	for _, l := range lines {
		if t := strings.TrimLeft(l, " \t"); t != "" && (common < 0 || len(l)-len(t) < common) {
			common = len(l) - len(t)
		}
	}
	fence := "```"
	for _, l := range lines {
		for strings.Contains(l, fence) {
			fence += "`"
		}
	}
	var b strings.Builder
	b.WriteString(fence + firstWord(lang) + "\n")
	for _, l := range lines {
		if len(l) >= common && common > 0 {
			l = l[common:]
		}
		if strings.TrimSpace(l) != "" {
			b.WriteString(indent)
		}
		b.WriteString(strings.TrimRight(l, " \t") + "\n")
	}
	b.WriteString(indent + fence)
	return b.String()
}

// indentAt is the blank run that opens the line src[i] is on, when only
// blanks stand before src[i].
func (r *siteRewriter) indentAt(i int) string {
	start := strings.LastIndexByte(r.src[:i], '\n') + 1
	if strings.TrimSpace(r.src[start:i]) != "" {
		return ""
	}
	return r.src[start:i]
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// openShortcode opens a callout, details block or tab, which its
// closing tag ends.
func (r *siteRewriter) openShortcode(i int, t shortcodeTag, base string) (int, string, bool) {
	if !r.closedLater(t, base) {
		return r.wholeLines(i, t.end), "", true
	}
	r.shortcodes = append(r.shortcodes, base)
	fence := containerFence(r.depth + len(r.shortcodes) - 1)
	var open string
	switch shortcodeKinds[base] {
	case "tab":
		title := t.arg(0, "title", "name", "header", "label")
		if title == "" {
			return r.wholeLines(i, t.end), "", true
		}
		open = "**" + strings.TrimSpace(title) + "**\n"
	case "details":
		open = fence + "details[" + containerTitle(t.arg(0, "title", "summary", "header")) + "]"
	default:
		kind := base
		switch base {
		case "notice", "alert", "admonition", "hint", "callout", "alertbox", "box":
			if k := t.arg(0, "type", "kind", "variant", "theme", "color", "style"); k != "" && !strings.ContainsAny(k, " ") {
				kind = strings.ToLower(k)
			}
		}
		title := t.arg(-1, "title", "header", "heading")
		if title == "" && (base == "notice" || base == "admonition") {
			title = t.arg(1)
		}
		open = fence + kind
		if title != "" {
			open += "[" + containerTitle(title) + "]"
		}
	}
	end, repl := r.blockAt(i, t.end, open)
	return end, repl, true
}

// closeShortcode ends the innermost open shortcode of that name.
func (r *siteRewriter) closeShortcode(i int, t shortcodeTag, base string) (int, string, bool) {
	n := len(r.shortcodes) - 1
	if n < 0 || r.shortcodes[n] != base {
		return r.wholeLines(i, t.end), "", true
	}
	r.shortcodes = r.shortcodes[:n]
	switch shortcodeKinds[base] {
	case "callout", "details":
		end, repl := r.blockAt(i, t.end, containerFence(r.depth+n))
		return end, repl, true
	}
	return r.wholeLines(i, t.end), "", true
}

// closedLater reports whether a tag closing t follows it.
func (r *siteRewriter) closedLater(t shortcodeTag, base string) bool {
	if t.self {
		return false
	}
	_, end := r.closingShortcode(t.end, base)
	return end >= 0
}

// closingShortcode finds the first tag that closes a shortcode named
// base after offset from: where the body before it ends and where the
// tag ends; -1, -1 if none does. The closing tags are found once, on
// the first call: a page of many shortcodes is read once, not once each.
func (r *siteRewriter) closingShortcode(from int, base string) (int, int) {
	if r.closings == nil {
		r.closings = map[string][][2]int{}
		for at := 0; at < len(r.src); {
			n := strings.Index(r.src[at:], "{{")
			if n < 0 {
				break
			}
			at += n
			if t, ok := parseShortcode(r.src, at); ok && t.closing {
				b := strings.ToLower(path.Base(t.name))
				r.closings[b] = append(r.closings[b], [2]int{at, t.end})
				at = t.end
				continue
			}
			at += 2
		}
	}
	list := r.closings[base]
	k := sort.Search(len(list), func(k int) bool { return list[k][0] >= from })
	if k == len(list) {
		return -1, -1
	}
	return list[k][0], list[k][1]
}

// shortcodeEmbed is the link to the page a video, post or gist
// shortcode shows, or "".
func shortcodeEmbed(base string, t shortcodeTag) string {
	id := t.arg(0, "id", "src")
	if id == "" {
		return ""
	}
	var label, u string
	switch base {
	case "youtube":
		label, u = "YouTube video", "https://www.youtube.com/watch?v="+url.QueryEscape(id)
	case "vimeo":
		label, u = "Vimeo video", "https://vimeo.com/"+url.PathEscape(id)
	case "instagram":
		label, u = "Instagram post", "https://www.instagram.com/p/"+url.PathEscape(id)
	case "gist":
		user, file := t.arg(0, "user"), t.arg(1, "id")
		label, u = "gist", "https://gist.github.com/"+url.PathEscape(user)+"/"+url.PathEscape(file)
		id = user + "/" + file
	default: // tweet, twitter, x
		user := t.arg(-1, "user")
		label, u = "post", "https://x.com/i/status/"+url.PathEscape(id)
		if user != "" {
			u = "https://x.com/" + url.PathEscape(user) + "/status/" + url.PathEscape(id)
		}
	}
	return "[" + label + " " + escapeLinkText(id) + "](" + u + ")"
}

// The escapers the units write markdown with, built once: a Replacer is
// immutable, and safe to share.
var (
	linkTextEscaper    = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`)
	destinationEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "\n", "", "<", "%3C", ">", "%3E")
	titleEscaper       = strings.NewReplacer("[", "(", "]", ")")
	emphasisEscaper    = strings.NewReplacer("*", `\*`, "_", `\_`)
	codeMarkEscaper    = strings.NewReplacer("`", "\\`", "~", "\\~")
)

// escapeLinkText makes text safe between [ and ].
func escapeLinkText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return linkTextEscaper.Replace(s)
}

// escapeDestination makes an address safe between ( and ): no spaces,
// no parentheses, no line breaks.
func escapeDestination(s string) string {
	return destinationEscaper.Replace(strings.TrimSpace(s))
}

// containerTitle makes text safe as a ::: container's [title].
func containerTitle(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return titleEscaper.Replace(s)
}
