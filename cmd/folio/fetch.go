package main

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/web"
)

// fetchArticle fetches a markdown or text document over HTTP(S) and
// parses it as an article shown under its URL. Nothing is written
// anywhere. Every error names the URL.
func fetchArticle(rawURL string, e *env) (*library.Article, []library.Problem, error) {
	c := e.web
	if c == nil {
		c = &web.Client{}
	}
	doc, err := c.Get(context.Background(), rawURL)
	if err != nil {
		return nil, nil, err
	}
	name := documentName(doc.URL)
	var body []byte
	switch {
	case web.IsHTML(doc.ContentType):
		if body, err = web.ToMarkdown(doc); err != nil {
			return nil, nil, err
		}
		name = strings.TrimSuffix(name, path.Ext(name)) + ".md"
	case web.IsMarkdownOrText(doc.ContentType), isArticleName(name):
		body = doc.Body
	default:
		return nil, nil, fmt.Errorf("%s: a %s document, not markdown or text", rawURL, doc.ContentType)
	}
	return parseDocument(name, doc.URL, body)
}

// documentName is the file name a URL's document is parsed under: the
// last part of its path when it names a markdown or text file (which
// decides the format and the slug), else "index.md".
func documentName(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "index.md"
	}
	base := path.Base(u.Path)
	if base == "." || base == "/" || base == "" {
		return "index.md"
	}
	if !isArticleName(base) {
		return base + ".md"
	}
	return base
}

// isArticleName reports a file name with an article's extension.
func isArticleName(name string) bool {
	return slices.Contains(library.Extensions, strings.ToLower(path.Ext(name)))
}
