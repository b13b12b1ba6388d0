package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reviewPage is a small review in the shape of the acceptance fixture.
const reviewPage = `<!doctype html><html lang="en"><head><title>Kettle review | Site</title>
<meta property="article:published_time" content="2026-03-14T09:00:00Z">
<meta name="keywords" content="kettles, reviews">
<script type="application/ld+json">{"@type":"Review","itemReviewed":{"@type":"Product","name":"Kettle K1"},
"reviewRating":{"ratingValue":"4","bestRating":"5"},"author":{"name":"Ann Writer"}}</script></head>
<body><nav><a href="/shop">Shop all products</a></nav><article><h1>Kettle review</h1>
<p>The K1 boils a litre in two minutes and stays quiet while it does, which is more than most kettles at its price can say.</p>
<h2>FAQ</h2><details><summary>Is it loud?</summary><p>No.</p></details>
<details><summary>Does it switch off?</summary><p>Yes, when dry.</p></details>
<p>See the <a href="/guides/descale">descaling guide</a>.</p></article>
<footer>Privacy policy</footer></body></html>`

func addServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/review", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(reviewPage))
	})
	mux.HandleFunc("/", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestAdd(t *testing.T) {
	t.Parallel()
	srv := addServer(t)
	dir := t.TempDir()
	out, errs, code := folio(t, "add", srv.URL+"/review", "--to", dir, "--tag", "kitchen", "--category", "Home")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	path := filepath.Join(dir, "kettle-review.md")
	if want := "saved kettle-review  " + path + "\n"; out != want {
		t.Errorf("printed %q, want %q", out, want)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"title: Kettle review\n", "rating: 4/5\n", "product: Kettle K1\n", "author: Ann Writer\n",
		"- kitchen\n", "- Home\n", "source: " + srv.URL + "/review\n", "(" + srv.URL + "/guides/descale)"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %q:\n%s", want, data)
		}
	}
	for _, junk := range []string{"Shop all", "Privacy"} {
		if strings.Contains(string(data), junk) {
			t.Errorf("saved file keeps %q", junk)
		}
	}

	// The library reads it back: slug, date, tags, and both questions.
	var faq jsonFAQ
	mustJSON(t, &faq, "faq", "--no-bundled", "--dir", dir, "kettle-review", "--json")
	if len(faq.Sections) != 1 || len(faq.Sections[0].Questions) != 2 {
		t.Errorf("FAQ read back: %+v, want one section of two questions", faq.Sections)
	}

	out, _, code = folio(t, "add", srv.URL+"/review", "--to", dir)
	if code != exitOK || !strings.HasPrefix(out, "updated kettle-review  ") {
		t.Errorf("adding again: exit %d, printed %q, want an update of the same file", code, out)
	}
}

func TestAddJSON(t *testing.T) {
	t.Parallel()
	srv := addServer(t)
	dir := t.TempDir()
	var got jsonList
	mustJSON(t, &got, "add", srv.URL+"/review", "--to", dir, "--json")
	if len(got.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(got.Articles))
	}
	a := got.Articles[0]
	if a.Slug != "kettle-review" || a.Title != "Kettle review" || a.Date == nil || *a.Date != "2026-03-14" ||
		strings.Join(a.Tags, ",") != "kettles,reviews" || a.Path != filepath.Join(dir, "kettle-review.md") {
		t.Errorf("article %+v", a)
	}
}

func TestAddFailures(t *testing.T) {
	t.Parallel()
	srv := addServer(t)
	dir := t.TempDir()
	cases := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"add", srv.URL + "/missing.html", "--to", dir}, exitFailure, "folio: " + srv.URL + "/missing.html: not found (HTTP 404)\n"},
		{[]string{"add", srv.URL + "/a", srv.URL + "/review", srv.URL + "/b", "--to", dir}, exitFailure,
			"folio: " + srv.URL + "/a: not found (HTTP 404)\nfolio: " + srv.URL + "/b: not found (HTTP 404)\nfolio: 2 of 3 pages were not saved\n"},
		{[]string{"add", "--to", dir}, exitUsage, "missing URL"},
		{[]string{"add", "review.html", "--to", dir}, exitUsage, `"review.html" is not an http or https address`},
		{[]string{"add", srv.URL + "/review", "--keep", "--force", "--to", dir}, exitUsage, "--keep and --force"},
		{[]string{"add", srv.URL + "/review", "--tag", "", "--to", dir}, exitUsage, "empty name"},
	}
	for _, c := range cases {
		_, errs, code := folio(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.stderr) || c.code == exitFailure && !strings.HasPrefix(errs, c.stderr) {
			t.Errorf("folio %s: exit %d, stderr %q; want %d, %q", strings.Join(c.args, " "), code, errs, c.code, c.stderr)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "kettle-review.md" {
		t.Errorf("files left: %v, want only the page that was saved", entries)
	}
}
