// Command webmeasure scores `folio add` on public test sets of saved web
// pages, served from a local HTTP server, one folio process a page:
//
//	go run ./tools/webmeasure -mozilla DIR [-aeb DIR] [-trafilatura DIR] [-bin FOLIO] [-pages FILE]
//
// The sets (fetch them from GitHub; nothing here downloads):
//
//   - -mozilla: mozilla/readability's test/test-pages. Each page is
//     served twice, with "Content-Type: text/html; charset=utf-8" and
//     with a bare "text/html" (the files are UTF-8, some say otherwise in
//     a <meta>). Scored: pages saved; title, byline, excerpt and lang
//     against expected-metadata.json; the F1 of the saved body's words
//     against expected.html's, as a bag of words and over 4-word
//     shingles; pages with mojibake.
//   - -aeb: scrapinghub/article-extraction-benchmark (html/*.html.gz and
//     ground-truth.json), served without a charset: the benchmark's own
//     score (4-word shingles, precision and recall averaged over pages).
//   - -trafilatura: adbar/trafilatura's tests (evaldata.json, cache/,
//     eval/), served without a charset: the share of its "with" snippets
//     kept and of its "without" snippets left out.
//
// It prints a markdown table per set (docs/web.md holds the last one)
// and, with -pages, one line per page to a file.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v2"
)

func main() {
	var (
		mozilla = flag.String("mozilla", "", "mozilla/readability's test/test-pages `DIR`")
		aeb     = flag.String("aeb", "", "article-extraction-benchmark `DIR` (html/, ground-truth.json)")
		traf    = flag.String("trafilatura", "", "trafilatura's tests `DIR` (evaldata.json, cache/, eval/)")
		bin     = flag.String("bin", "", "folio binary to measure (default: build ./cmd/folio)")
		out     = flag.String("pages", "", "write one line a page to `FILE`")
		only    = flag.String("only", "", "measure only the pages whose id contains `S`")
	)
	flag.Parse()
	if err := run(*mozilla, *aeb, *traf, *bin, *out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "webmeasure:", err)
		os.Exit(1)
	}
}

func run(mozilla, aeb, traf, bin, out, only string) error {
	tmp, err := os.MkdirTemp("", "webmeasure-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if bin == "" {
		bin = filepath.Join(tmp, "folio")
		if b, err := exec.Command("go", "build", "-o", bin, "./cmd/folio").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, b)
		}
	}
	var pages []*page
	for _, s := range []struct {
		dir  string
		load func(string) ([]*page, error)
	}{{mozilla, loadMozilla}, {aeb, loadAEB}, {traf, loadTrafilatura}} {
		if s.dir == "" {
			continue
		}
		ps, err := s.load(s.dir)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if strings.Contains(p.id, only) {
				pages = append(pages, p)
			}
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("no pages: give -mozilla, -aeb or -trafilatura")
	}
	srv := serve(pages)
	defer srv.Close()
	var pageLog *os.File
	if out != "" {
		if pageLog, err = os.Create(out); err != nil {
			return err
		}
		defer pageLog.Close()
	}
	var results []*result
	for i, p := range pages {
		for _, mode := range modes(p) {
			r := add(bin, tmp, srv.URL, p, mode)
			results = append(results, r)
			if pageLog != nil {
				fmt.Fprintln(pageLog, r.line())
			}
		}
		if (i+1)%50 == 0 {
			fmt.Fprintf(os.Stderr, "%d/%d pages\n", i+1, len(pages))
		}
	}
	report(os.Stdout, results)
	return nil
}

// modes are the ways a page is served: "utf-8" with that charset in the
// Content-Type header, "none" without one. Only mozilla's pages, all
// UTF-8 files, are served both ways.
func modes(p *page) []string {
	if p.set == "mozilla" {
		return []string{"utf-8", "none"}
	}
	return []string{"none"}
}

func serve(pages []*page) *httptest.Server {
	byPath := map[string]*page{}
	for _, p := range pages {
		byPath["/"+p.set+"/"+p.id+"/"] = p
	}
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mode, rest, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
		p := byPath["/"+rest]
		if p == nil {
			http.NotFound(w, r)
			return
		}
		ct := "text/html"
		if mode == "utf-8" {
			ct += "; charset=utf-8"
		}
		w.Header().Set("Content-Type", ct)
		w.Write(p.html)
	}))
}

// result is one run of folio add on one page.
type result struct {
	page     *page
	mode     string
	saved    bool
	err      string // folio's first line of error
	elapsed  time.Duration
	fm       map[string]any
	markdown string // the saved body
	text     string // its text
}

func add(bin, tmp, base string, p *page, mode string) *result {
	r := &result{page: p, mode: mode}
	dir, err := os.MkdirTemp(tmp, "add-")
	if err != nil {
		r.err = err.Error()
		return r
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "add", base+"/"+mode+"/"+p.set+"/"+p.id+"/", "--to", filepath.Join(dir, "out"))
	cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CACHE_HOME="+dir, "NO_COLOR=1")
	start := time.Now()
	b, err := cmd.CombinedOutput()
	r.elapsed = time.Since(start)
	if err != nil {
		r.err = strings.SplitN(strings.TrimSpace(string(b)), "\n", 2)[0]
		return r
	}
	files, _ := filepath.Glob(filepath.Join(dir, "out", "*.md"))
	if len(files) != 1 {
		r.err = fmt.Sprintf("%d files saved", len(files))
		return r
	}
	file, err := os.ReadFile(files[0])
	if err != nil {
		r.err = err.Error()
		return r
	}
	fm, body := frontmatter(file)
	if err := yaml.Unmarshal(fm, &r.fm); err != nil {
		r.err = "frontmatter: " + err.Error()
		return r
	}
	r.saved = true
	r.markdown = string(body)
	r.text = markdownText(body)
	return r
}

// str is a frontmatter value as a string.
func (r *result) str(key string) string {
	if v, ok := r.fm[key].(string); ok {
		return v
	}
	if v, ok := r.fm[key]; ok && v != nil {
		return fmt.Sprint(v)
	}
	return ""
}

// line is the page's scores on one line, for -pages.
func (r *result) line() string {
	p := r.page
	if !r.saved {
		return fmt.Sprintf("%s\t%s\t%s\tREFUSED\t%s", p.set, p.id, r.mode, r.err)
	}
	got := words(r.text)
	s := fmt.Sprintf("%s\t%s\t%s\twords %d/%d\tf1 %.3f\tshingle %.3f\tmojibake %d\tmojibake-in-page %d\t%dms",
		p.set, p.id, r.mode, len(got), p.wantLen, tokenF1(words(p.want), got), shingleF1(words(p.want), got), mojibake(r.text), p.marks, r.elapsed.Milliseconds())
	if m := p.meta; m != nil {
		s += fmt.Sprintf("\tauthor %q want %q\ttitle %q want %q", r.str("author"), deref(m.Byline), r.str("title"), deref(m.Title))
	}
	if p.with != nil {
		w, wo := snippets(p, r.text, r.markdown)
		s += fmt.Sprintf("\twith %d/%d\twithout %d/%d", w, len(p.with), wo, len(p.without))
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
