package library

import (
	"slices"
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// Liquid, as Jekyll writes it: {% raw %} bodies are kept as written
// ({{ page.title }} and all); {% highlight ruby %} … {% endhighlight %}
// is a fenced code block; {% link x %} and {% post_url x %}, which stand
// for addresses, are their path; {% comment %} and {% capture %} hide
// their body; every other tag ({% include %}, {% if %}, {% assign %}…)
// shows nothing, and what stands between paired ones is kept. Of the
// {{ output }} tags, the site's base address in a link is dropped, a
// quoted path piped through relative_url or absolute_url is the path,
// {{ page.title }} and the like are the article's own frontmatter's
// values, a loop's variable ({% for s in sponsors %}…{{ s.title }}) shows
// nothing, and any other in a link's address is dropped (there is no
// value to give it); elsewhere they are kept.

// maxLiquidTag bounds a tag's length: a "{%" in prose is text.
const maxLiquidTag = 2 << 10

var (
	liquidTagRE  = lazyre.New(`^\{%-?\s*([A-Za-z_]\w*)\s*((?s:.*?))\s*-?%\}`)
	liquidVarRE  = lazyre.New(`^\{\{-?\s*(\w+)[^{}\n]*\}\}$`)
	liquidPageRE = lazyre.New(`^\{\{-?\s*page\.(\w+)\s*(?:\|[^{}\n]*)?-?\}\}`)
	liquidURLRE  = lazyre.New(`^\{\{-?\s*(?:site\.(?:base_?url|url)|base_?url)\s*-?\}\}|^\{\{-?\s*["']([^"'{}]*)["']\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}`)
)

// liquid reads the Liquid tag that opens at src[i].
func (r *siteRewriter) liquid(i int) (int, string, bool) {
	m := liquidTagAt(r.src, i)
	if m == nil || r.fenceBetween(i, i+len(m[0])) { // a tag does not run over code
		return 0, "", false
	}
	name, args, end := strings.ToLower(m[1]), m[2], i+len(m[0])
	switch name {
	case "raw":
		return r.liquidBody(i, end, "endraw", func(body string) string { return body })
	case "highlight":
		return r.liquidBody(i, end, "endhighlight", func(body string) string { return codeFence(r.indentAt(i), args, body) })
	case "comment", "capture":
		return r.liquidBody(i, end, "end"+name, func(string) string { return "" })
	case "link", "post_url":
		return end, strings.Trim(firstWord(args), `"'`), true
	case "for": // {% for x in list %}: x has no value folio can give
		r.loops = append(r.loops, firstWord(args))
	case "endfor":
		if n := len(r.loops); n > 0 {
			r.loops = r.loops[:n-1]
		}
	}
	return r.wholeLines(i, end), "", true
}

// liquidBody reads a tag with a body up to its closing tag, the body
// made into what show says; a tag never closed shows nothing.
func (r *siteRewriter) liquidBody(i, end int, closing string, show func(string) string) (int, string, bool) {
	bodyEnd, closeEnd := findLiquidTag(r.src, end, closing)
	if bodyEnd < 0 {
		return r.wholeLines(i, end), "", true
	}
	start, stop := end, bodyEnd
	if r.restOfLineBlank(end) { // the tag stands on its own line: the body starts on the next
		if nl := strings.IndexByte(r.src[end:], '\n'); nl >= 0 && end+nl < bodyEnd {
			start = end + nl + 1
		}
	}
	closeAlone := r.atLineStart(bodyEnd) && r.restOfLineBlank(closeEnd)
	if closeAlone {
		stop = strings.LastIndexByte(r.src[:bodyEnd], '\n') + 1
		stop = max(stop, start)
		closeEnd = r.wholeLines(bodyEnd, closeEnd)
	}
	body := show(r.src[start:stop])
	if body == "" {
		return r.wholeLines(i, closeEnd), "", true
	}
	if r.atLineStart(i) && closeAlone && !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	return closeEnd, body, true
}

// findLiquidTag finds the Liquid tag named name from offset from on:
// where it starts and ends; -1, -1 if there is none.
func findLiquidTag(src string, from int, name string) (int, int) {
	for at := from; at < len(src); {
		n := strings.Index(src[at:], "{%")
		if n < 0 {
			break
		}
		at += n
		if m := liquidTagAt(src, at); m != nil && strings.EqualFold(m[1], name) {
			return at, at + len(m[0])
		}
		at += 2
	}
	return -1, -1
}

// liquidTagAt matches the Liquid tag at src[i], up to its first "%}":
// the pattern runs on the tag alone, not on what follows it.
func liquidTagAt(src string, i int) []string {
	n := strings.Index(src[i:min(len(src), i+maxLiquidTag)], "%}")
	if n < 0 {
		return nil
	}
	return liquidTagRE.FindStringSubmatch(src[i : i+n+2])
}

// liquidOutput reads the {{ … }} at src[i] when it is an address part:
// the site's base address (dropped) or a path piped to relative_url.
func (r *siteRewriter) liquidOutput(i int) (int, string, bool) {
	// the tag alone, up to its "}}" on its line: the patterns run on it
	lineEnd := strings.IndexByte(r.src[i:min(len(r.src), i+maxLiquidTag)], '\n')
	if lineEnd < 0 {
		lineEnd = min(len(r.src), i+maxLiquidTag) - i
	}
	n := strings.Index(r.src[i:i+lineEnd], "}}")
	if n < 0 {
		return 0, "", false
	}
	tag, end := r.src[i:i+n+2], i+n+2
	if m := liquidURLRE.FindStringSubmatch(tag); m != nil {
		return end, m[1], true
	}
	if m := liquidPageRE.FindStringSubmatch(tag); m != nil && r.page != nil {
		if v, ok := r.page[strings.ToLower(m[1])]; ok { // the article's own frontmatter
			if text, ok := textOf(v); ok {
				return end, text, true
			}
		}
	}
	if m := liquidVarRE.FindStringSubmatch(tag); m != nil && slices.Contains(r.loops, m[1]) {
		return end, "", true // a loop's variable: shows nothing
	}
	if r.inDestination(i) { // [#97]({{ site.repository }}/issues/97): no value to give it
		return end, "", true
	}
	return 0, "", false
}

// inDestination reports whether src[i] lies in a link's address: after
// "](" on its line, with no ")" or space between, or right after a link
// reference definition's label.
func (r *siteRewriter) inDestination(i int) bool {
	start := strings.LastIndexByte(r.src[:i], '\n') + 1
	if definitionLine.MatchString(r.src[start:i] + "x") { // [label]: {{ … }}/path
		return true
	}
	open := strings.LastIndex(r.src[start:i], "](")
	return open >= 0 && !strings.ContainsAny(r.src[start+open+2:i], ") \t")
}
