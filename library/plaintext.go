package library

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/folio-reader/folio/internal/lazyre"
)

// bulletPattern matches the bullet characters plain-text exports use.
var bulletPattern = lazyre.New(`^\s*[•·▪◦‣●○■□–]\s*`)

// PlainText is the result of normalising a plain-text article.
type PlainText struct {
	Title    string
	Excerpt  string
	Markdown string
}

// NormalisePlainText reads text with no markup the way a person would: the
// first line is the title, the next paragraph the excerpt, short
// stand-alone lines that read as headings become headings and lines
// starting with "•" become list items. It returns the body as markdown
// (without the title).
func NormalisePlainText(text string) PlainText {
	paras := paragraphs(text)
	var pt PlainText
	if len(paras) == 0 {
		return pt
	}
	first := paras[0]
	pt.Title = strings.TrimSpace(first[0])
	if strings.HasSuffix(pt.Title, ".") && !strings.HasSuffix(pt.Title, "..") {
		pt.Title = strings.TrimSuffix(pt.Title, ".")
	}
	rest := paras[1:]
	if len(first) > 1 {
		rest = append([][]string{first[1:]}, rest...)
	}
	var blocks []string
	for i, p := range rest {
		switch {
		case allBullets(p):
			items := make([]string, len(p))
			for k, l := range p {
				items[k] = "- " + escapeLine(bulletPattern.ReplaceAllString(l, ""))
			}
			blocks = append(blocks, strings.Join(items, "\n"))
		case i > 0 && len(p) == 1 && looksLikeHeading(p[0]):
			blocks = append(blocks, "## "+strings.TrimSpace(p[0]))
		default:
			if pt.Excerpt == "" {
				pt.Excerpt = strings.Join(strings.Fields(strings.Join(p, " ")), " ")
			}
			lines := make([]string, len(p))
			for k, l := range p {
				lines[k] = escapeLine(strings.TrimSpace(l))
			}
			blocks = append(blocks, strings.Join(lines, "  \n"))
		}
	}
	pt.Markdown = strings.Join(blocks, "\n\n") + "\n"
	return pt
}

// paragraphs splits text into runs of non-blank lines.
func paragraphs(text string) [][]string {
	return slices.Collect(eachParagraph(text))
}

// eachParagraph yields the runs of non-blank lines of text, one by one.
func eachParagraph(text string) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		var cur []string
		for l := range strings.SplitSeq(text, "\n") {
			if strings.TrimSpace(l) == "" {
				if len(cur) > 0 {
					if !yield(cur) {
						return
					}
					cur = nil
				}
				continue
			}
			cur = append(cur, l)
		}
		if len(cur) > 0 {
			yield(cur)
		}
	}
}

func allBullets(p []string) bool {
	for _, l := range p {
		if !bulletPattern.MatchString(l) {
			return false
		}
	}
	return true
}

// looksLikeHeading: short, starts with a capital or digit, does not end
// like a sentence, and has no comma (unless it is a question).
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 80 || len(strings.Fields(s)) > 12 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:!…", last) {
		return false
	}
	return last == '?' || !strings.Contains(s, ", ")
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "<", `\<`)

// escapeLine keeps a plain-text line from being read as markdown structure.
func escapeLine(s string) string {
	s = markdownEscaper.Replace(s)
	return escapeStart.ReplaceAllString(s, `$1\$2`)
}
