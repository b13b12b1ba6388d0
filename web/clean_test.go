package web

import (
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestExtractStructure: the markdown reads cleanly: a table of <p>
// cells stays a table, a heading's permalink goes, tracking parameters
// go and real ones stay, in-page anchors stay anchors, a data: image
// becomes its alt text, share buttons go, a code block stays inside its quote, "~5" has
// no backslash.
func TestExtractStructure(t *testing.T) {
	page := `<html><head><title>Specs</title></head><body><article><h1>Specs</h1>
<p>Numbers from our lab, see the <a href="#method">method</a> and <a href="https://x.example/specs#table">the table</a>. It takes ~5 minutes. ` + articleText + `</p>
<table><thead><tr><th><p>Model</p></th><th><p>Runtime</p></th></tr></thead>
<tbody><tr><td><p>Aero V9</p></td><td><p>52 min</p><p>eco</p></td></tr></tbody></table>
<h2 id="method">How we measured<a class="anchor" href="#method" aria-hidden="true"></a> <a href="#method">¶</a></h2>
<p>Read the <a href="https://example.com/lab?utm_source=news&amp;fbclid=abc&amp;id=7&amp;gclid=z">lab notes</a>. ` + articleText + `</p>
<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Runtime chart"></p>
<ul class="buttons"><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li> <li><a href="whatsapp://send?text=x">WhatsApp</a></li></ul>
<blockquote><p>He wrote:</p><pre><code>line one
line two</code></pre><p>and left.</p></blockquote>
</article></body></html>`
	a, err := Extract(&Document{URL: "https://x.example/specs", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Aero V9 | 52 min eco |", "[method](#method)", "[the table](#table)", "(https://example.com/lab?id=7)",
		"Runtime chart", "> ```\n> line one\n> line two\n> ```", "takes ~5 minutes", "## How we measured\n"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("lacks %q:\n%s", want, a.Body)
		}
	}
	for _, bad := range []string{"[](", "¶", "utm_", "fbclid", "data:", `\~`, "sharer", "WhatsApp"} {
		if strings.Contains(a.Body, bad) {
			t.Errorf("holds %q:\n%s", bad, a.Body)
		}
	}
}

func TestCleanURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://x.example/a?utm_source=n&utm_medium=e&id=7":           "https://x.example/a?id=7",
		"https://x.example/a?id=7&fbclid=1&gclid=2&mc_cid=3&ref_src=t": "https://x.example/a?id=7",
		"https://x.example/a?q=caf%C3%A9+au+lait&UTM_Campaign=x":       "https://x.example/a?q=caf%C3%A9+au+lait",
		"https://x.example/a?utm_source=x":                             "https://x.example/a",
		"https://x.example/a?ref=home&page=2#top":                      "https://x.example/a?ref=home&page=2#top",
		"https://x.example/a#utm_source=feed":                          "https://x.example/a",
		"https://x.example/a?":                                         "https://x.example/a?",
	} {
		u, err := url.Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := cleanURL(u).String(); got != want {
			t.Errorf("cleanURL(%s) = %s, want %s", in, got, want)
		}
	}
}

// FuzzLinkURL: a link is never lost or made unparseable, no tracking
// parameter is left, and cleaning twice changes nothing.
func FuzzLinkURL(f *testing.F) {
	f.Add("/lab?utm_source=a&id=7#x")
	f.Add("https://x.example/p?%zz=1&fbclid")
	f.Add("#method")
	f.Add("//cdn.example/i.png?utm_medium=1")
	page, _ := url.Parse("https://x.example/p?q=1")
	f.Fuzz(func(t *testing.T, href string) {
		got := linkURL(page, href)
		if strings.TrimSpace(href) != "" && got == "" {
			t.Fatalf("linkURL(%q) lost the link", href)
		}
		again := linkURL(page, got)
		if again != got {
			t.Fatalf("not stable: %q -> %q -> %q", href, got, again)
		}
		if u, err := url.Parse(got); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			for k := range u.Query() {
				if isTrackingParam(k) {
					t.Fatalf("linkURL(%q) = %q keeps %s", href, got, k)
				}
			}
		}
	})
}

func TestReadProsCons(t *testing.T) {
	tests := []struct{ name, page, pros, cons string }{
		{"classes and headings", `<div class="pros"><h3>Pros</h3><ul><li>Fresh</li><li>Cheap</li></ul></div><div class="cons"><h3>Cons</h3><ul><li>Crowded</li></ul></div>`, "Fresh|Cheap", "Crowded"},
		{"what we liked", `<h4>What we liked:</h4><ul><li>Quiet</li></ul><p><strong>What we didn’t like</strong></p><ul><li>Heavy</li></ul>`, "Quiet", "Heavy"},
		{"the good, the bad", `<dl><dt>The Good</dt><dd><ul><li>Light</li></ul></dd><dt>The Bad</dt><dd><ul><li>Pricey</li></ul></dd></dl>`, "Light", "Pricey"},
		{"a label with no list", `<h3>Pros</h3><p>Plenty of them.</p>`, "", ""},
		{"a paragraph that mentions pros", `<p>The pros and cons of kettles</p><ul><li>x</li></ul>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			pros, cons := readProsCons(doc)
			if strings.Join(pros, "|") != tt.pros || strings.Join(cons, "|") != tt.cons {
				t.Errorf("pros %q cons %q, want %q and %q", pros, cons, tt.pros, tt.cons)
			}
		})
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"By Ada Lane": "Ada Lane", "by\n\t\tScott Cunningham": "Scott Cunningham", "Written by Rob Ewaschuk\nEdited by Betsy": "Rob Ewaschuk",
		"https://www.facebook.com/ada": "", "/author/ada": "", "Follow @ada": "", "@ada": "", "March 2, 2015": "",
		"Last Updated: January 7, 2025": "", "Par Sébastien Farcis": "Sébastien Farcis", "史蒂文的家": "史蒂文的家",
		"Stella Kim, Jennifer Jett": "Stella Kim, Jennifer Jett", "Ada Lane | Staff": "Ada Lane", "2024": "",
		"Bradley M. Kuhn (http://ebb.org/bkuhn/)": "Bradley M. Kuhn",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestForeignFAQ: an FAQ headed in German is marked so the library
// finds it, and its questions become headings under it.
func TestForeignFAQ(t *testing.T) {
	page := `<article><p>` + articleText + `</p><h2>Häufig gestellte Fragen</h2>
<details><summary>Ist es sicher?</summary><p>Ja.</p></details></article>`
	a, err := Extract(&Document{URL: "https://x.example/de", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "## Häufig gestellte Fragen (FAQ)\n\n### Ist es sicher?\n\nJa.") {
		t.Errorf("the German FAQ is not marked and kept:\n%s", a.Body)
	}
}

func TestPageAuthorOrder(t *testing.T) {
	m := &meta{values: map[string][]string{"author": {"Meta Name"}}}
	tests := []struct {
		ld     linkedData
		byline string
		want   string
	}{
		{linkedData{authors: []string{"Ld One", "Ld Two", "Ld One"}}, "By Byline", "Ld One, Ld Two"},
		{linkedData{authors: []string{"https://x/ada"}}, "By Byline Person", "Byline Person"},
		{linkedData{}, "Follow @x", "Meta Name"},
	}
	for _, tt := range tests {
		if got := pageAuthor(tt.ld, m, tt.byline); got != tt.want {
			t.Errorf("pageAuthor(%v, %q) = %q, want %q", tt.ld.authors, tt.byline, got, tt.want)
		}
	}
}
