package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// A page of a test set: its saved HTML and what a good extraction of it
// holds.
type page struct {
	set, id string
	html    []byte
	want    string        // the expected article's text (mozilla, aeb)
	meta    *expectedMeta // mozilla's expected-metadata.json
	with    []string      // trafilatura: snippets the article holds
	without []string      // … and snippets of the page it must leave out
	wantLen int           // words in want
	marks   int           // traces of mojibake already in the page itself
}

// expectedMeta is Readability.js's metadata of a mozilla test page.
type expectedMeta struct {
	Title   *string `json:"title"`
	Byline  *string `json:"byline"`
	Excerpt *string `json:"excerpt"`
	Lang    *string `json:"lang"`
}

// loadMozilla reads mozilla/readability's test/test-pages: each folder
// has source.html, expected.html and expected-metadata.json.
func loadMozilla(dir string) ([]*page, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var pages []*page
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		d := filepath.Join(dir, e.Name())
		src, err := os.ReadFile(filepath.Join(d, "source.html"))
		if err != nil {
			return nil, err
		}
		exp, err := os.ReadFile(filepath.Join(d, "expected.html"))
		if err != nil {
			return nil, err
		}
		var m expectedMeta
		if b, err := os.ReadFile(filepath.Join(d, "expected-metadata.json")); err == nil {
			if err := json.Unmarshal(b, &m); err != nil {
				return nil, fmt.Errorf("%s: %w", d, err)
			}
		}
		p := &page{set: "mozilla", id: e.Name(), html: src, want: htmlText(exp), meta: &m}
		p.wantLen = len(words(p.want))
		pages = append(pages, p)
	}
	return pages, nil
}

// loadAEB reads scrapinghub's article-extraction-benchmark: html/*.html.gz
// and ground-truth.json's articleBody for each.
func loadAEB(dir string) ([]*page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	var pages []*page
	for _, id := range sortedKeys(truth) {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		src, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		p := &page{set: "aeb", id: id[:12], html: src, want: truth[id].ArticleBody}
		p.wantLen = len(words(p.want))
		pages = append(pages, p)
	}
	return pages, nil
}

// loadTrafilatura reads trafilatura's tests/evaldata.json and the pages
// it names in tests/cache or tests/eval.
func loadTrafilatura(dir string) ([]*page, error) {
	b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var data map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(b, &data); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	var pages []*page
	for _, u := range sortedKeys(data) {
		item := data[u]
		var src []byte
		for _, sub := range []string{"cache", "eval"} {
			if src, err = os.ReadFile(filepath.Join(dir, sub, item.File)); err == nil {
				break
			}
		}
		if err != nil {
			return nil, err
		}
		p := &page{set: "trafilatura", id: strings.TrimSuffix(item.File, ".html"), html: src, with: item.With, without: item.Without}
		if utf8.Valid(src) {
			p.marks = mojibake(string(src)) // attributes too: an alt text is saved
		}
		pages = append(pages, p)
	}
	return pages, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// norm is trafilatura's whitespace normalisation for snippet matching.
func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// snippets counts the with snippets found and the without ones found
// (which should not be) in the saved article, as trafilatura's
// evaluation does, looking at the text and at the markdown (for a URL).
func snippets(p *page, text, markdown string) (withFound, withoutFound int) {
	t, m := norm(text), norm(markdown)
	has := func(s string) bool { s = norm(s); return strings.Contains(t, s) || strings.Contains(m, s) }
	for _, s := range p.with {
		if has(s) {
			withFound++
		}
	}
	for _, s := range p.without {
		if has(s) {
			withoutFound++
		}
	}
	return withFound, withoutFound
}

// frontmatter splits a saved file into its YAML frontmatter and body.
func frontmatter(file []byte) (fm, body []byte) {
	if !bytes.HasPrefix(file, []byte("---\n")) {
		return nil, file
	}
	end := bytes.Index(file[3:], []byte("\n---\n"))
	if end < 0 {
		return nil, file
	}
	return file[4 : 3+end+1], file[3+end+5:]
}
