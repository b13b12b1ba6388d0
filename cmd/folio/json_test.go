package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

const (
	seed001     = "exosomes-vs-prp"
	seed001Name = "Exosomes vs PRP Treatment: Which Is Better for Skin Rejuvenation?"
	seed000Name = "Do Exosomes Work? My Honest Review of the Medicube Exosome Shot"
)

func TestListJSONBundled(t *testing.T) {
	t.Parallel()
	var got jsonList
	mustJSON(t, &got, "list", "--json")
	if len(got.Articles) != 2 {
		t.Fatalf("articles: %d, want 2", len(got.Articles))
	}
	a := got.Articles[0]
	if a.Slug != seed001 || a.Title != seed001Name {
		t.Errorf("first article: %q %q, want seed 001 (newest)", a.Slug, a.Title)
	}
	if a.Date == nil || *a.Date != "2026-02-02" {
		t.Errorf("seed 001 date: %v, want 2026-02-02", a.Date)
	}
	if len(a.Tags) != 5 || !slices.Contains(a.Tags, "Exosomes") {
		t.Errorf("seed 001 tags: %q, want five including Exosomes", a.Tags)
	}
	if a.Author != "Jennifer Eze" || a.ReadingMinutes < 1 || a.Path != "bundled/exosomes-vs-prp.md" {
		t.Errorf("seed 001 author/minutes/path: %q %d %q", a.Author, a.ReadingMinutes, a.Path)
	}
	r := got.Articles[1]
	if !strings.HasPrefix(r.Title, "Do Exosomes Work? My Honest Review") {
		t.Errorf("second article title %q", r.Title)
	}
	if r.Date != nil {
		t.Errorf("plain-text review date %q, want null", *r.Date)
	}
	if len(r.Tags) != 0 || !slices.Contains(r.InferredTags, "Exosomes") {
		t.Errorf("review tags %q inferred %q, want none and Exosomes inferred", r.Tags, r.InferredTags)
	}
	if got.Problems == nil || len(got.Problems) != 0 {
		t.Errorf("problems: %v, want []", got.Problems)
	}
}

// TestJSONArraysNeverNull decodes loosely and checks every array key is
// an array, never null, and that undated articles have a null date.
func TestJSONArraysNeverNull(t *testing.T) {
	t.Parallel()
	cases := [][]string{
		{"list", "--json"},
		{"tags", "--json"},
		{"categories", "--json"},
		{"toc", "do-exosomes-work-medicube-review", "--json"},
		{"faq", "do-exosomes-work-medicube-review", "--json"},
		{"search", "no-such-word-anywhere", "--json"},
	}
	for _, args := range cases {
		out, errs, code := folio(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		if strings.Contains(out, "null") && args[0] != "list" {
			t.Errorf("%v: null in output:\n%s", args, out)
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if _, ok := v["problems"].([]any); !ok {
			t.Errorf("%v: problems is %T, want an array", args, v["problems"])
		}
		if args[0] == "list" {
			for _, a := range v["articles"].([]any) {
				for _, k := range []string{"categories", "tags", "inferredTags"} {
					if _, ok := a.(map[string]any)[k].([]any); !ok {
						t.Errorf("list: %s is %v, want an array", k, a.(map[string]any)[k])
					}
				}
			}
		}
	}
}

func TestTagsAndCategoriesJSON(t *testing.T) {
	t.Parallel()
	var tags jsonTags
	mustJSON(t, &tags, "tags", "--json")
	count := -1
	for _, tg := range tags.Tags {
		if tg.Name == "Exosomes" {
			count = tg.Count
		}
	}
	if count != 2 {
		t.Errorf("tag Exosomes counts %d, want 2 (the review by inference): %v", count, tags.Tags)
	}
	if len(tags.Tags) != 5 {
		t.Errorf("tags: %d, want the 5 of seed 001", len(tags.Tags))
	}
	var cats jsonCategories
	mustJSON(t, &cats, "categories", "--json")
	if len(cats.Categories) != 1 || cats.Categories[0] != (jsonTerm{"Skin Rejuvenation", 1}) {
		t.Errorf("categories: %v, want Skin Rejuvenation 1", cats.Categories)
	}
}

func TestTOCJSON(t *testing.T) {
	t.Parallel()
	var toc jsonTOC
	mustJSON(t, &toc, "toc", seed001, "--json")
	if toc.Slug != seed001 || toc.Title != seed001Name {
		t.Errorf("toc slug/title: %q %q", toc.Slug, toc.Title)
	}
	if len(toc.Headings) != 47 {
		t.Fatalf("headings: %d, want 47", len(toc.Headings))
	}
	for i, h := range toc.Headings {
		if h.Level < 1 || h.Level > 6 || h.Text == "" || h.Anchor == "" {
			t.Errorf("heading %d: %+v", i, h)
		}
	}
}

func TestFAQJSON(t *testing.T) {
	t.Parallel()
	var faq jsonFAQ
	mustJSON(t, &faq, "faq", seed001, "--json")
	if len(faq.Sections) != 2 {
		t.Fatalf("FAQ sections: %d, want 2", len(faq.Sections))
	}
	if n0, n1 := len(faq.Sections[0].Questions), len(faq.Sections[1].Questions); n0 != 8 || n1 != 10 {
		t.Errorf("questions per section: %d and %d, want 8 and 10", n0, n1)
	}
	first := faq.Sections[0].Questions[0]
	if first.Question != "Can one treatment replace all other skin therapies?" {
		t.Errorf("first question %q", first.Question)
	}
	for _, s := range faq.Sections {
		for _, q := range s.Questions {
			if !strings.HasSuffix(q.Question, "?") || q.Answer == "" {
				t.Errorf("question %q answer %q", q.Question, q.Answer)
			}
		}
	}
}

func TestSearchJSON(t *testing.T) {
	t.Parallel()
	var s jsonSearch
	mustJSON(t, &s, "search", "marine", "sponges", "--json")
	if s.Query != "marine sponges" {
		t.Errorf("query %q", s.Query)
	}
	if len(s.Hits) != 1 || s.Hits[0].Slug != "do-exosomes-work-medicube-review" {
		t.Fatalf("hits: %+v, want the review", s.Hits)
	}
	h := s.Hits[0]
	if h.Field != "body" || h.Score <= 0 || !strings.Contains(strings.ToLower(h.Snippet), "marine sponges") {
		t.Errorf("hit %+v", h)
	}
	mustJSON(t, &s, "search", "prp", "--json")
	if len(s.Hits) == 0 || s.Hits[0].Slug != seed001 || s.Hits[0].Field != "title" {
		t.Errorf("search prp: %+v, want seed 001 first by title", s.Hits)
	}
}
