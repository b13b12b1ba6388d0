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
	Verdict     string // the review's summary, from its JSON-LD
	Pros, Cons  []string
	Body        string // markdown, without frontmatter
}

// ErrNoArticle is returned (wrapped, naming the URL and saying why) for
// a page that holds no article: an empty page, a login form, an index
// of links, a server's status page.
var ErrNoArticle = errors.New("no article found on the page")

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

// Extract finds the article in an HTML document. Errors name the URL;
// a page that is no article (empty, a login form, an index of links)
// gives an error wrapping ErrNoArticle that says which.
//
// The extractor judges the whole page first: before it, folio removes
// nothing and only reshapes FAQ questions (<details>, question buttons)
// so that they survive it; after it, folio cleans inside the article it
// chose only what is certainly not the article's (cleanArticle).
func Extract(doc *Document) (*Article, error) {
	if !IsHTML(doc.ContentType) {
		return nil, fmt.Errorf("%s: not a web page (%s)", doc.URL, orUnknown(doc.ContentType))
	}
	pageURL, err := url.Parse(doc.URL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.URL, err)
	}
	if len(bytes.TrimSpace(doc.Body)) == 0 {
		return nil, fmt.Errorf("%s: %w: the page is empty", doc.URL, ErrNoArticle)
	}
	text, _ := decodePage(doc.Body, doc.Charset)
	// Scripting off: <noscript> holds elements (a lazy image's real
	// <img>), not text.
	root, err := html.ParseWithOptions(bytes.NewReader(text), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the page: %w", doc.URL, err)
	}
	m := readMeta(root)
	ld := readLinkedData(m.jsonLD)
	pros, cons := readProsCons(root)
	if why := notArticlePage(root, m, ld); why != "" {
		return nil, fmt.Errorf("%s: %w: %s", doc.URL, ErrNoArticle, why)
	}
	keepQuestionButtons(root)
	markForeignFAQ(root)
	detailsToHeadings(root)

	p := readability.NewParser()
	p.KeepClasses = true // a <code class="language-go"> keeps its language
	ra, err := p.ParseAndMutate(root, pageURL)
	if err != nil || ra.Node == nil {
		return nil, fmt.Errorf("%s: %w: the extractor found no text to keep", doc.URL, ErrNoArticle)
	}
	author := pageAuthor(ld, m, ra.Byline())
	cleanArticle(ra.Node, pageURL, author)
	if why := notArticleText(ra.Node); why != "" {
		return nil, fmt.Errorf("%s: %w: %s", doc.URL, ErrNoArticle, why)
	}
	body, err := toMarkdown(ra.Node)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot convert the article: %w", doc.URL, err)
	}
	body = questionsToHeadings(body)
	body = appendFAQ(body, ld.faq, pageURL)
	if len(ld.pros) > 0 || len(ld.cons) > 0 {
		pros, cons = ld.pros, ld.cons
	}

	a := &Article{
		URL:         doc.URL,
		Title:       firstOf(m.first("og:title", "twitter:title"), m.heading(), ra.Title(), ld.headline),
		Author:      author,
		Description: firstOf(m.first("description", "og:description", "twitter:description"), ld.description, ra.Excerpt()),
		Tags:        unique(splitComma(m.all("keywords")), m.all("article:tag"), ld.keywords),
		Categories:  unique(m.all("article:section"), ld.sections),
		Cover:       absolute(pageURL, firstOf(m.first("og:image", "twitter:image"), ld.image, ra.ImageURL())),
		Lang:        firstOf(ra.Language(), m.lang, ld.lang, m.first("og:locale")),
		Product:     ld.product,
		Rating:      ld.rating,
		Verdict:     ld.verdict,
		Pros:        pros,
		Cons:        cons,
		Body:        body,
	}
	if a.Title == "" {
		a.Title = pageURL.Host + pageURL.Path
	}
	if normal(a.Verdict) == normal(a.Description) {
		a.Verdict = ""
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
