package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// bigPage is a long article of about size bytes in a real page's shape:
// head metadata, nav, a cookie banner, sections of paragraphs, lists,
// tables and code, a sidebar and comments.
func bigPage(size int) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long guide | Site</title>
<meta property="og:title" content="A long guide"><meta name="keywords" content="guide, long">
<script type="application/ld+json">{"@type":"Article","headline":"A long guide","datePublished":"2026-01-01"}</script></head>
<body><div class="cookie-banner">We use cookies <button>OK</button></div><header><nav>`)
	for i := range 30 {
		fmt.Fprintf(&b, `<a href="/section/%d">Section %d</a> `, i, i)
	}
	b.WriteString(`</nav></header><main><article><h1>A long guide</h1>`)
	for i := 0; b.Len() < size*9/10; i++ {
		fmt.Fprintf(&b, `<h2>Part %d</h2><p>This part explains step %d in plain words, with a <a href="/ref/%d">reference</a> and an example you can try at home. It runs long on purpose so that the page is the size of a real long read.</p>
<ul><li>First point of part %d</li><li>Second point</li><li>Third point</li></ul>
<table><tr><th>Item</th><th>Value</th></tr><tr><td>a</td><td>%d</td></tr><tr><td>b</td><td>%d</td></tr></table>
<pre><code>step(%d)
</code></pre><p><img src="/img/%d.png" alt="Figure %d"></p>`, i, i, i, i, i, i*2, i, i, i)
	}
	b.WriteString(`</article></main><aside class="sidebar">`)
	for b.Len() < size {
		b.WriteString(`<p><a href="/popular">A popular post</a></p>`)
	}
	b.WriteString(`</aside><section class="comments"><p>Nice.</p></section><footer>Privacy</footer></body></html>`)
	return b.String()
}

// BenchmarkAdd200KB is folio add of a 200 KB page served locally, as the
// command runs it: fetch, extract, convert, write. The budget
// is a median of 100 ms an add (issue 20); figures in docs/bench.md.
func BenchmarkAdd200KB(b *testing.B) {
	page := bigPage(200 << 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer srv.Close()
	dir := b.TempDir()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if code := run([]string{"add", srv.URL + "/guide", "--to", dir}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
