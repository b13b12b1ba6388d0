// Package library loads, parses and indexes a collection of articles:
// markdown with YAML, TOML or JSON frontmatter, and plain text with none.
// It imports no terminal or UI code, so any program can use it.
package library

import "time"

// Article is one parsed article. Body is the article's markdown with
// frontmatter removed and non-standard constructs (plain-text layout,
// MDX imports, shortcodes, [LEAD|…] blocks) turned into plain markdown;
// every offset below is a byte offset into Body.
type Article struct {
	Slug           string // the name folio lists and takes: Name when no other article has it, else ID (ids.go)
	ID             string // the path in its library folder without extension ("en/guides/islands"); unique
	Name           string // its frontmatter slug, or its file name's: several articles may share it
	Title          string
	Excerpt        string
	Date           time.Time // zero when the article is undated
	Categories     []string
	Tags           []string
	InferredTags   []string // library tags found in the title, excerpt or headings of an untagged article
	Author         string
	ReadingMinutes int
	Featured       bool
	Draft          bool
	Cover          string
	Keywords       []string
	Rating         string       // a review's rating as "value/scale" ("4.5/5", "9/10"), from the frontmatter or the body; "" when none
	Product        string       // the name of the product it reviews; "" when none (review.go)
	Review         *ReviewFacts // what the frontmatter says of the review beyond Product and Rating; nil when nothing
	Body           string
	Path           string // where it was read from, as shown to the user
	PlainText      bool   // true when the source had no markdown and was normalised
	Headings       []Heading
	FAQs           []FAQSection
	Links          []Link
	Contents       []ContentsItem // the article's own in-body "Table of contents" list

	text *textRef // where a summary's text is, to read when asked (Full); nil when the article is whole
}

// Heading is a markdown heading of the body.
type Heading struct {
	Level  int
	Text   string
	Anchor string // unique within the article, GitHub style
	Offset int    // start of the heading's first line in Body
	Line   int    // zero-based line number in Body
}

// FAQSection is a section whose heading says FAQ or "frequently asked".
type FAQSection struct {
	Title     string
	Heading   int // index into Article.Headings; -1 when its title is a line, not a heading ("**FAQ**")
	Questions []FAQ
}

// FAQ is one question of an FAQ section and its answer as markdown.
type FAQ struct {
	Question string
	Answer   string
	Heading  int // index into Article.Headings, or -1 when the question is a bold line
	Offset   int // start of the question's line in Body
}

// Link is a markdown link or image of the body.
type Link struct {
	Text    string
	URL     string
	Offset  int
	Image   bool
	Heading int // index into Article.Headings for a "#anchor" link to this article, else -1
}

// ContentsItem is one entry of an in-body table of contents list and
// the heading it names (-1 when it names none).
type ContentsItem struct {
	Text    string
	Heading int
}

// AllTags returns the article's own tags, or the inferred ones when it has none.
func (a *Article) AllTags() []string {
	if len(a.Tags) > 0 {
		return a.Tags
	}
	return a.InferredTags
}

// DateString is the date as YYYY-MM-DD, or "" when undated.
func (a *Article) DateString() string {
	if a.Date.IsZero() {
		return ""
	}
	return a.Date.Format("2006-01-02")
}

// HeadingAt returns the index of the heading whose section contains the
// body offset, or -1 when the offset is before the first heading.
func (a *Article) HeadingAt(offset int) int {
	idx := -1
	for i, h := range a.Headings {
		if h.Offset > offset {
			break
		}
		idx = i
	}
	return idx
}
