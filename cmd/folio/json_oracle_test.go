package main

import "github.com/folio-reader/folio/library"

// The oracle the hand-written JSON appender (jsonappend.go) is tested
// against: the article as encoding/json would write it.

func articleJSON(a *library.Article) jsonArticle {
	j := jsonArticle{
		Slug:           a.Slug,
		Title:          a.Title,
		Categories:     strs(a.Categories),
		Tags:           strs(a.Tags),
		InferredTags:   strs(a.InferredTags),
		Author:         a.Author,
		Excerpt:        a.Excerpt,
		ReadingMinutes: a.ReadingMinutes,
		Rating:         a.Rating,
		Path:           a.Path,
	}
	if d := a.DateString(); d != "" {
		j.Date = &d
	}
	return j
}

// strs makes a nil slice empty, so it prints as [] rather than null.
func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
