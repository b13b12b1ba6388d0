package library

import (
	"path"
	"strings"
)

// Obsidian's syntax: [[Note]], [[Note|shown text]], [[Note#Heading]] and
// [[#Heading]] are links to the library's article of that name (the
// library resolves them as it does any link: library.Resolve), which
// show their text once; ![[picture.png]] is a picture; ![[Note]], a
// note embedded in another, a link to it; %%comments%% are hidden,
// inline or over lines.

// wikiLink reads the link or embed that opens at src[i], within its line.
func (r *siteRewriter) wikiLink(i, lineEnd int) (int, string, bool) {
	if i > 0 && (isAlnumByte(r.src[i-1]) || r.src[i-1] == '_') && !wikiLinkAfterWord(r.src[i:lineEnd]) {
		return 0, "", false // a[[0]]: an index, as code writes it
	}
	open := i
	embed := r.src[i] == '!'
	if embed {
		open++
	}
	n := strings.Index(r.src[open+2:lineEnd], "]]")
	if n < 0 {
		return 0, "", false
	}
	inner := r.src[open+2 : open+2+n]
	end := open + 2 + n + 2
	if strings.TrimSpace(inner) == "" || strings.ContainsAny(inner, "[]") || opensDestination(r.src[end:lineEnd]) {
		return 0, "", false // [[1]](url) is a link whose text is [1]
	}
	target, shown, _ := strings.Cut(strings.ReplaceAll(inner, `\|`, "|"), "|") // escaped in a table
	target = strings.TrimSpace(target)
	page, heading, _ := strings.Cut(target, "#")
	page, heading = strings.TrimSpace(page), strings.TrimSpace(heading)
	if strings.HasPrefix(heading, "^") { // a block reference: the page is what a reader can follow
		heading = ""
	}
	if strings.TrimSpace(shown) == "" && page == "" && heading == "" {
		return 0, "", false
	}
	if embed && isPictureName(page) {
		alt := strings.TrimSpace(shown)
		if alt == "" || isDimension(alt) {
			alt = strings.TrimSuffix(path.Base(page), path.Ext(page))
		}
		return end, "![" + escapeLinkText(alt) + "](" + escapeDestination(page) + ")", true
	}
	text := strings.TrimSpace(shown)
	if text == "" {
		switch {
		case page == "":
			text = heading
		case heading != "":
			text = page + " › " + heading
		default:
			text = page
		}
	}
	dest := page
	if heading != "" {
		dest += "#" + anchorOf(heading)
	}
	if dest == "" { // [[#^block|text]]: a block of this page, which a reader cannot jump to
		return end, plainLinkText(text), text != ""
	}
	return end, "[" + escapeLinkText(text) + "](" + escapeDestination(dest) + ")", true
}

// plainLinkText is a link's text written without its link: escaped so
// that it reads as the text it was, never as code ("[[|```]]" left a
// fence) nor, where it opens a line, as a heading or a quote.
func plainLinkText(text string) string {
	t := codeMarkEscaper.Replace(escapeLinkText(text))
	if t != "" && (t[0] == '#' || t[0] == '>') {
		t = "\\" + t
	}
	return t
}

// opensDestination reports whether s starts with what makes the
// brackets before it a link: "(address)" or "(address "title")", as
// CommonMark reads an inline link's tail, within the line. A wiki link
// followed by a remark in parentheses ("[[Note]](e.g. Ctrl+C)") stays
// a wiki link.
func opensDestination(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	i := skipBlanks(s, 1)
	if i < len(s) && s[i] == '<' {
		j := strings.IndexAny(s[i:], ">\n")
		if j < 0 || s[i+j] != '>' {
			return false
		}
		i += j + 1
	} else {
		depth := 0
		for ; i < len(s) && s[i] > ' ' && s[i] != 0x7f; i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			} else if s[i] == '(' {
				depth++
			} else if s[i] == ')' {
				if depth == 0 {
					break
				}
				depth--
			}
		}
	}
	j := skipBlanks(s, i)
	if j < len(s) && j > i && (s[j] == '"' || s[j] == '\'' || s[j] == '(') { // a title
		closer := s[j]
		if closer == '(' {
			closer = ')'
		}
		k := strings.IndexByte(s[j+1:], closer)
		if k < 0 {
			return false
		}
		j = skipBlanks(s, j+1+k+1)
	}
	return j < len(s) && s[j] == ')'
}

// wikiLinkAfterWord reports a [[…]] right after a word that is a link
// nonetheless ("Server[[Sync regions|region]]"): one with a "|", "#"
// or a space in it, which an index has not.
func wikiLinkAfterWord(s string) bool {
	end := strings.Index(s, "]]")
	return end > 0 && strings.ContainsAny(s[:end], "| #")
}

// isPictureName: a file name a picture has.
func isPictureName(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".avif":
		return true
	}
	return false
}

// isDimension: Obsidian's picture size, "300" or "300x200", given where
// a link's text would be.
func isDimension(s string) bool {
	w, h, _ := strings.Cut(s, "x")
	return w != "" && isDigits(w) && (h == "" || isDigits(h))
}

// obsidianComment reads the %%comment%% that opens at src[i]; one with
// no end is text.
func (r *siteRewriter) obsidianComment(i int) (int, string, bool) {
	n := strings.Index(r.src[i+2:], "%%")
	if n < 0 {
		return 0, "", false
	}
	end := i + 2 + n + 2
	if r.fenceBetween(i, end) { // code is not hidden by a %% before it
		return 0, "", false
	}
	return r.wholeLines(i, end), "", true
}
