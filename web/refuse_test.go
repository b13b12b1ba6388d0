package web

import (
	"errors"
	"strings"
	"testing"
)

var articleText = strings.Repeat("The kettle boiled in four minutes and kept the water hot for an hour after. ", 6)

// TestRefuseNotArticles: each page that is no article is refused with
// ErrNoArticle and one line saying why; articles that look a little
// like them are kept.
func TestRefuseNotArticles(t *testing.T) {
	teasers := ""
	for _, s := range []string{"one", "two", "three", "four", "five"} {
		teasers += `<article><h2><a href="/posts/` + s + `">Post ` + s + `</a></h2><p>A short teaser for post ` + s + `.</p></article>`
	}
	tests := []struct{ name, page, why string }{
		{"empty", "", "the page is empty"},
		{"white space", "  \n\t ", "the page is empty"},
		{"no text", "<html><body><img src=a.png></body></html>", "the page has no text"},
		{"login form", `<title>Sign in</title><form><h1>Sign in to your account</h1><input name=e><input type=password name=p><button>Sign in</button></form>`, "a login or sign-up page"},
		{"python's directory listing", `<title>Directory listing for /</title><h1>Directory listing for /</h1><ul><li><a href="a.html">a.html</a></li></ul>`, "a directory listing"},
		{"nginx's directory listing", `<html><head><title>Index of /files/</title></head><body><h1>Index of /files/</h1><pre><a href="../">../</a></pre></body></html>`, "a directory listing"},
		{"status page", `<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`, "a server's status page"},
		{"a blog's index", `<html><head><title>Blog</title></head><body><main>` + teasers + `</main></body></html>`, "an index of articles"},
		{"a CollectionPage", `<script type="application/ld+json">{"@type":"CollectionPage","name":"Kettles"}</script><main><p>` + articleText + `</p></main>`, "an index of pages"},
		{"too short", `<article><p>Just a few words here.</p></article>`, "fewer than 25 words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(&Document{URL: "https://x.example/p", ContentType: "text/html", Body: []byte(tt.page)})
			if !errors.Is(err, ErrNoArticle) || !strings.Contains(err.Error(), tt.why) || strings.Contains(err.Error(), "\n") {
				t.Errorf("err %v, want ErrNoArticle saying %q on one line", err, tt.why)
			}
		})
	}
}

func TestKeepArticles(t *testing.T) {
	// Ten space-separated tokens (Japanese puts no spaces between
	// words), hundreds of words by Unicode segmentation.
	var ja strings.Builder
	for range 10 {
		ja.WriteString("東京の天気は晴れでした。明日は雨が降るでしょう。 ")
	}
	tests := []struct{ name, page, want string }{
		{"unspaced Japanese", `<html lang="ja"><head><meta charset="utf-8"><title>天気</title></head><body><article><p>` + ja.String() + `</p></article></body></html>`, "東京の天気"},
		{"an article with a login box", `<title>Kettle review</title><form><input type=password></form><article><h1>Kettle review</h1><p>` +
			strings.Repeat(articleText, 3) + `</p></article>`, "kept the water hot"},
		{"a listicle with linked headings", `<article><h1>Five kettles</h1>` + strings.Repeat(`<h2><a href="/k">A kettle</a></h2><p>`+articleText+`</p>`, 4) + `</article>`, "kept the water hot"},
		{"a page about a 404 error", `<title>How to fix a 404 Not Found error</title><article><p>` + strings.Repeat(articleText, 3) + `</p></article>`, "kept the water hot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(&Document{URL: "https://x.example/p", ContentType: "text/html", Body: []byte(tt.page)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, a.Body)
			}
		})
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"": 0, "one two, three.": 3, "東京の天気": 5, "don't stop": 2, "3.5 km — 20%": 3, "Crème brûlée": 2,
	} {
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}
