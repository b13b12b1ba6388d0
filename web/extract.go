package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Article is the article of a web page: its metadata, read from the
// page's <meta> tags and JSON-LD, and its main text as markdown.
type Article struct {
	URL         string // the page's address, after redirects
	Title       string
	Author      string
	Date        time.Time // published, else modified; zero when the page says neither
	Description string
	Tags        []string
	Categories  []string
	Cover       string // the main image, absolute
	Lang        string
	Product     string // the reviewed product (JSON-LD Review or Product)
	Rating      string // the review's rating, "4.5/5"
	Pros, Cons  []string
	Body        string // markdown, without frontmatter
}

// ErrNoArticle is returned (wrapped, naming the URL) for a page that
// holds no article: a bare index, a login wall, an empty shell.
var ErrNoArticle = errors.New("no article found on the page")

// minArticleWords is the fewest words an extracted article may have.
// Below it the "article" is what was left of the page's furniture.
const minArticleWords = 25

// ToMarkdown extracts the article of an HTML document and returns it
// as a complete markdown file: frontmatter (title, author, date,
// description, tags, categories, source, cover, lang and a review's
// product, rating, pros and cons), then the article. It is what
// `folio show URL` renders; `folio add` saves the same with a saved
// time.
func ToMarkdown(doc *Document) ([]byte, error) {
	a, err := Extract(doc)
	if err != nil {
		return nil, err
	}
	return a.Markdown(time.Time{}), nil
}

// Extract finds the article in an HTML document. Errors name the URL.
func Extract(doc *Document) (*Article, error) {
	if !IsHTML(doc.ContentType) {
		return nil, fmt.Errorf("%s: not a web page (%s)", doc.URL, orUnknown(doc.ContentType))
	}
	pageURL, err := url.Parse(doc.URL)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", doc.URL, err)
	}
	r, err := charset.NewReader(bytes.NewReader(doc.Body), "text/html; charset="+doc.Charset)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", doc.URL, err)
	}
	// Scripting off: <noscript> holds elements (a lazy image's real
	// <img>), not text.
	root, err := html.ParseWithOptions(r, html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the page: %v", doc.URL, err)
	}
	m := readMeta(root)
	ld := readLinkedData(m.jsonLD)
	stripChrome(root)
	detailsToHeadings(root)

	p := readability.NewParser()
	p.KeepClasses = true // a <code class="language-go"> keeps its language
	ra, err := p.ParseAndMutate(root, pageURL)
	if err != nil || ra.Node == nil || len(strings.Fields(textOf(ra.Node))) < minArticleWords {
		return nil, fmt.Errorf("%s: %w", doc.URL, ErrNoArticle)
	}
	body, err := toMarkdown(ra.Node, pageURL)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot convert the article: %v", doc.URL, err)
	}
	body = questionsToHeadings(body)
	body = appendFAQ(body, ld.faq, pageURL)

	a := &Article{
		URL:         doc.URL,
		Title:       firstOf(m.first("og:title", "twitter:title"), m.heading(), ra.Title(), ld.headline),
		Author:      firstOf(strings.Join(ld.authors, ", "), m.first("author", "article:author"), byline(ra.Byline())),
		Description: firstOf(m.first("description", "og:description", "twitter:description"), ld.description, ra.Excerpt()),
		Tags:        unique(splitComma(m.all("keywords")), m.all("article:tag"), ld.keywords),
		Categories:  unique(m.all("article:section"), ld.sections),
		Cover:       absolute(pageURL, firstOf(m.first("og:image", "twitter:image"), ld.image, ra.ImageURL())),
		Lang:        firstOf(ra.Language(), m.lang, ld.lang, m.first("og:locale")),
		Product:     ld.product,
		Rating:      ld.rating,
		Pros:        ld.pros,
		Cons:        ld.cons,
		Body:        body,
	}
	if a.Title == "" {
		a.Title = pageURL.Host + pageURL.Path
	}
	a.Date = pageDate(ra, m, ld)
	return a, nil
}

// pageDate is when the page was published, else last modified.
func pageDate(ra readability.Article, m *meta, ld linkedData) time.Time {
	if t, err := ra.PublishedTime(); err == nil {
		return t
	}
	for _, s := range []string{ld.published, m.first("article:published_time", "date", "dc.date", "datepublished"), ld.modified, m.first("article:modified_time", "og:updated_time")} {
		if t, ok := parseTime(s); ok {
			return t
		}
	}
	if t, err := ra.ModifiedTime(); err == nil {
		return t
	}
	return time.Time{}
}

func parseTime(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// byline strips the "By " that bylines often carry.
func byline(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = strings.TrimSpace(s[3:])
	}
	return s
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown type"
	}
	return s
}

func splitComma(ss []string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, strings.Split(s, ",")...)
	}
	return out
}

// unique joins lists, trimmed, without empty names or repeats in any case.
func unique(lists ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lists {
		for _, s := range l {
			s = strings.Join(strings.Fields(s), " ")
			if s == "" || seen[strings.ToLower(s)] {
				continue
			}
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	return out
}

// absolute resolves ref against the page's address.
func absolute(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}
