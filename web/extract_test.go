package web

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestReadLinkedData(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   linkedData
	}{
		{"review with string numbers", []string{`{"@context":"https://schema.org","@type":"Review",
			"itemReviewed":{"@type":"Product","name":"Glow Serum"},
			"reviewRating":{"@type":"Rating","ratingValue":"4.5","bestRating":"5"},
			"author":{"@type":"Person","name":"Ada Lane"},
			"positiveNotes":{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"name":"Light texture"}]},
			"negativeNotes":{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"name":"Pricey"}]}}`},
			linkedData{headline: "", authors: []string{"Ada Lane"}, product: "Glow Serum", rating: "4.5/5",
				pros: []string{"Light texture"}, cons: []string{"Pricey"}, article: true}},
		{"no best rating, decimal comma, typed as a list", []string{`[{"@type":["Review"],"reviewRating":{"ratingValue":"3,5"},"name":"X review"}]`},
			linkedData{headline: "X review", rating: "3.5/5", article: true}},
		{"article in a graph; a broken block skipped", []string{`{ not json`, `{"@graph":[{"@type":"BlogPosting","headline":"H",
			"author":[{"name":"A"},{"name":"B"}],"datePublished":"2026-01-02","keywords":"x, y",
			"articleSection":["S"],"image":{"url":"/i.png"},"inLanguage":"fr"}]}`},
			linkedData{headline: "H", authors: []string{"A", "B"}, published: "2026-01-02", keywords: []string{"x", "y"},
				sections: []string{"S"}, image: "/i.png", lang: "fr", article: true}},
		{"faq page", []string{`{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Why?","acceptedAnswer":{"text":"<p>Because.</p>"}},
			{"@type":"Question","name":""}]}`},
			linkedData{faq: []qa{{"Why?", "<p>Because.</p>"}}, article: true}},
		{"product name is no headline; an aggregate rating for want of a review", []string{`{"@type":"Product","name":"P",
			"aggregateRating":{"@type":"AggregateRating","ratingValue":4.1,"reviewCount":80}}`},
			linkedData{product: "P", rating: "4.1/5", aggregate: "4.1/5", aggregateItem: "P", article: true}},
		{"a review inside a Place, the item reviewed as text, the author's URL no name", []string{`{"@type":"Place","name":"Harbour",
			"review":{"@type":"Review","itemReviewed":"Harbour Market","author":{"@type":"Person","name":"Kenji","url":"https://x/k"},
			"reviewRating":{"ratingValue":"7.9","bestRating":"10"},"description":"Go early."}}`},
			linkedData{product: "Harbour Market", rating: "7.9/10", authors: []string{"Kenji"}, verdict: "Go early."}},
		{"a Product's review names the product; a page of an index", []string{`{"@graph":[{"@type":"CollectionPage","name":"All posts"},
			{"@type":"Product","name":"Kettle","review":[{"@type":"Review","author":"/author/ann","reviewRating":{"ratingValue":3}},{"@type":"Review","reviewRating":{"ratingValue":1}}]}]}`},
			linkedData{product: "Kettle", rating: "3/5", article: true, collection: true, collectionType: "CollectionPage"}},
		{"pros as plain strings", []string{`{"@type":"schema:Review","positiveNotes":["Cheap"," "],"negativeNotes":"Loud"}`},
			linkedData{pros: []string{"Cheap"}, cons: []string{"Loud"}, article: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readLinkedData(tt.blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestQuestionsToHeadings(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bold question under FAQ", "## FAQ\n\n**Why?**\n\nBecause.\n", "## FAQ\n\n### Why?\n\nBecause.\n"},
		{"plain question under FAQ", "## Frequently asked\n\nWhy?\n\nBecause.\n", "## Frequently asked\n\n### Why?\n\nBecause.\n"},
		{"outside an FAQ", "## Intro\n\nWhy?\n\nBecause.\n", "## Intro\n\nWhy?\n\nBecause.\n"},
		{"after the FAQ ends", "## FAQ\n\n## Next\n\nWhy?\n", "## FAQ\n\n## Next\n\nWhy?\n"},
		{"sub-heading keeps the FAQ open", "## FAQ\n\n### Group\n\nWhy?\n", "## FAQ\n\n### Group\n\n### Why?\n"},
		{"in code", "## FAQ\n\n```\nwhy?\n```\n", "## FAQ\n\n```\nwhy?\n```\n"},
		{"a list item", "## FAQ\n\n- Why?\n", "## FAQ\n\n- Why?\n"},
		{"part of a paragraph", "## FAQ\n\nSo\nwhy?\n", "## FAQ\n\nSo\nwhy?\n"},
		{"a link", "## FAQ\n\n[Why?](http://x)\n", "## FAQ\n\n[Why?](http://x)\n"},
	}
	for _, tt := range tests {
		if got := questionsToHeadings(tt.in); got != tt.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestExtractChrome: the furniture of a page in the acceptance shape
// (cookie banner, nav, sidebar, ad, comments, footer) is gone, the
// article and its <details> FAQ are kept.
func TestExtractChrome(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>T | Site</title></head><body>
<div class="cookie-banner">We use cookies. <button>Accept cookies</button></div>
<header><nav><a href="/shop">Shop all products</a></nav></header>
<div class="layout"><main><article><h1>T</h1>
<p>` + strings.Repeat("Words of the article that make it long enough to count. ", 8) + `</p>
<h2>Frequently Asked Questions</h2>
<details><summary>Can I?</summary><p>Yes.</p></details>
<div class="share"><a href="https://share.example">Share this</a></div>
</article></main>
<aside class="sidebar"><h3>Popular posts</h3><div class="ad">Advertisement: sale</div></aside></div>
<section class="comments"><p>Great review, thanks!</p></section>
<footer><a href="/privacy">Privacy policy</a></footer></body></html>`
	a, err := Extract(&Document{URL: "https://blog.example/p/t", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"cookies", "Shop all", "Popular", "Advertisement", "Share this", "Great review", "Privacy"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("kept %q:\n%s", junk, a.Body)
		}
	}
	if !strings.Contains(a.Body, "## Frequently Asked Questions\n\n### Can I?\n\nYes.") {
		t.Errorf("the <details> FAQ is not a heading and its answer:\n%s", a.Body)
	}
}

// TestExtractAccordionFAQ: an FAQ accordion whose questions are buttons
// in headings, and one of <dl>, keep their questions as headings.
func TestExtractAccordionFAQ(t *testing.T) {
	page := `<html><body><article><p>` + strings.Repeat("An article about kettles and how to keep them clean. ", 6) + `</p>
<h2>FAQ</h2>
<div class="accordion"><h3><button aria-expanded="false">Is it safe?</button></h3><div class="panel"><p>Yes, when rinsed.</p></div>
<h3><button>How long does it take?</button></h3><div class="panel"><p>Fifteen minutes.</p></div></div>
<h2>Frequently asked, in a list</h2>
<dl><dt>Does vinegar work?</dt><dd>It does, but it smells.</dd></dl>
<p><button class="cta">Buy now</button></p>
</article></body></html>`
	a, err := Extract(&Document{URL: "https://x.example/k", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"### Is it safe?\n\nYes, when rinsed.", "### How long does it take?\n\nFifteen minutes.", "### Does vinegar work?\n"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("lacks %q:\n%s", want, a.Body)
		}
	}
	if strings.Contains(a.Body, "Buy now") {
		t.Errorf("kept a call-to-action button:\n%s", a.Body)
	}
}

func TestToMarkdownNotHTML(t *testing.T) {
	_, err := ToMarkdown(&Document{URL: "https://x.example/a.pdf", ContentType: "application/pdf"})
	if err == nil || !strings.HasPrefix(err.Error(), "https://x.example/a.pdf: ") {
		t.Fatalf("err %v, want one naming the URL", err)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("<html><body><article><h2>FAQ</h2><details><summary>Q?</summary>A</details></article></body></html>")
	f.Add(`<script type="application/ld+json">{"@type":"Review","reviewRating":{"ratingValue":"x"}}</script><p>` + strings.Repeat("word ", 30))
	f.Add("<details><details><summary>?</summary></details></details>" + strings.Repeat("<p>text here</p>", 10))
	f.Fuzz(func(t *testing.T, page string) {
		a, err := Extract(&Document{URL: "https://fuzz.example/p", ContentType: "text/html", Body: []byte(page)})
		if err != nil {
			return
		}
		file := a.Markdown(time.Unix(0, 0))
		if !strings.HasPrefix(string(file), "---\n") || !Unedited(file) {
			t.Fatalf("a saved file that does not check as unedited:\n%s", file)
		}
	})
}

func FuzzReadLinkedData(f *testing.F) {
	f.Add(`{"@graph":[{"@type":"Product","review":[{"reviewRating":{"ratingValue":1}}]}]}`)
	f.Add(`[{"@type":"FAQPage","mainEntity":{"name":"Q","acceptedAnswer":[{"text":1}]}}]`)
	f.Fuzz(func(t *testing.T, block string) {
		ld := readLinkedData([]string{block})
		if ld.rating != "" && !strings.Contains(ld.rating, "/") {
			t.Fatalf("rating %q", ld.rating)
		}
	})
}
