package library

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// wordsPerMinute sets the reading time computed for articles that do not give one.
const wordsPerMinute = 230

// Parse parses one article. path is the name shown to the user and decides
// the format (.txt with no frontmatter or markup is plain text) and the
// default slug. A returned error means the file holds no article;
// warnings are problems the article was kept despite (a field of the
// wrong type, invalid UTF-8).
func Parse(name string, data []byte) (a *Article, warnings []string, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, errEmpty
	}
	if isBinary(data) {
		return nil, nil, errors.New("binary file, not text")
	}
	if !utf8.Valid(data) {
		warnings = append(warnings, fmt.Sprintf("invalid UTF-8 at byte %d; shown with replacement characters", invalidAt(data)))
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	text := normaliseText(data)
	fields, body, hasFM, err := splitFrontmatter(text)
	if err != nil {
		return nil, warnings, err
	}
	a = &Article{Path: name}
	if fields != nil {
		warnings = append(warnings, applyFields(a, fields)...)
	}
	if !hasFM && strings.EqualFold(path.Ext(name), ".txt") && !looksLikeMarkdown(body) {
		pt := NormalisePlainText(body)
		a.PlainText = true
		body = pt.Markdown
		if a.Title == "" {
			a.Title = pt.Title
		}
		if a.Excerpt == "" {
			a.Excerpt = pt.Excerpt
		}
	}
	a.Body = cleanBody(strings.TrimLeft(body, "\n"))
	indexBody(a)
	if a.Title == "" {
		a.Title = defaultTitle(a, name)
	}
	if a.Excerpt == "" {
		a.Excerpt = firstParagraph(a.Body)
	}
	a.Title = strings.ToValidUTF8(a.Title, "\uFFFD") // file names need not be UTF-8
	if a.Slug == "" {
		a.Slug = slugFromPath(name)
	}
	if a.ReadingMinutes == 0 {
		a.ReadingMinutes = max(1, (countWords(a.Body)+wordsPerMinute-1)/wordsPerMinute)
	}
	return a, warnings, nil
}

// indexBody finds the body's headings, FAQ sections, links and contents list.
func indexBody(a *Article) {
	lines := splitLines(a.Body)
	a.Headings = scanHeadings(lines)
	a.Links = scanLinks(lines, a.Headings)
	a.FAQs = scanFAQs(a.Body, lines, a.Headings)
	a.Contents = scanContents(a.Body, lines, a.Headings)
}

func defaultTitle(a *Article, name string) string {
	for _, h := range a.Headings {
		if h.Level == 1 {
			return h.Text
		}
	}
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	if base == "index" || base == "_index" {
		base = path.Base(path.Dir(name))
	}
	return strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(base))
}

// firstParagraph is the first paragraph of prose, as plain text, cut to about 200 characters.
func firstParagraph(body string) string {
	for _, p := range paragraphs(body) {
		first := strings.TrimSpace(p[0])
		if first == "" || strings.ContainsAny(first[:1], "#>|![<-*`{") || fenceOf(first) != "" {
			continue
		}
		s := inlineText(strings.Join(p, " "))
		if r := []rune(s); len(r) > 200 {
			s = strings.TrimSpace(string(r[:200])) + "…"
		}
		return s
	}
	return ""
}

func looksLikeMarkdown(body string) bool {
	for _, l := range splitLines(body) {
		if _, _, atx := matchATX(l.text); atx || fenceOf(l.text) != "" || strings.HasPrefix(l.text, "- ") || strings.HasPrefix(l.text, "* ") {
			return true
		}
	}
	return strings.Contains(body, "](") || strings.Contains(body, "**")
}

// isBinary reports a NUL byte, or mostly control bytes, in the first 8 KB.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// countWords counts runs of non-space bytes without allocating.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
