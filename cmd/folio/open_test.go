package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/folio-reader/folio/web"
)

// pipeEnv is folio as a pipe sees it, with stdin given.
func pipeEnv(stdin io.Reader, piped bool) (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	e := newEnv(&out, &errb)
	e.stdin, e.stdinPiped = stdin, piped
	return e, &out, &errb
}

const openPost = "---\ntitle: Opened From Disk\ndate: 2026-06-01\n---\n\n## Part One\n\nWords read straight from the file.\n"

func TestShowPath(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{"post.md": openPost, "sub/other.md": "# Other\n\nNever loaded.\n"})
	p := filepath.Join(dir, "post.md")
	out, errs, code := folio(t, "show", p, "--width", "60")
	if code != exitOK || !strings.Contains(out, "Words read straight") || !strings.Contains(out, "Opened From Disk") {
		t.Fatalf("show PATH: exit %d\n%s\n%s", code, out, errs)
	}
	out, _, code = folio(t, "toc", p)
	if code != exitOK || !strings.Contains(out, "Part One") {
		t.Fatalf("toc PATH: exit %d\n%s", code, out)
	}
	// the file is read on its own: its folder's other files are not
	var toc jsonTOC
	mustJSON(t, &toc, "toc", p, "--json")
	if toc.Title != "Opened From Disk" || len(toc.Problems) != 0 {
		t.Errorf("toc --json PATH = %+v", toc)
	}
	_, errs, code = folio(t, "show", filepath.Join(dir, "missing.md"))
	if code != exitFailure || !strings.Contains(errs, "missing.md") {
		t.Errorf("show of a missing path: exit %d, %q", code, errs)
	}
}

// A slug wins over a file of the same name; ./name is always the file.
func TestSlugWinsOverPath(t *testing.T) {
	dir := fixtureDir(t, map[string]string{seed001: "# Not the bundled one\n\nA file named like a slug.\n"})
	t.Chdir(dir)
	out, _, code := folio(t, "toc", seed001)
	if code != exitOK || strings.Contains(out, "Not the bundled one") {
		t.Errorf("toc SLUG with a file of that name: exit %d, got the file:\n%s", code, out)
	}
	out, _, code = folio(t, "toc", "./"+seed001)
	if code != exitOK || !strings.Contains(out, "Not the bundled one") {
		t.Errorf("toc ./SLUG: exit %d, want the file:\n%s", code, out)
	}
	// a name that is no slug but a file is the file
	if err := os.WriteFile(filepath.Join(dir, "plain.md"), []byte(openPost), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = folio(t, "toc", "plain.md")
	if code != exitOK || !strings.Contains(out, "Part One") {
		t.Errorf("toc plain.md: exit %d\n%s", code, out)
	}
}

func TestUnknownArgument(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		arg, want, never string
		code             int
	}{
		{"no-such-file.md", `"no-such-file.md"`, "did you mean \"version\"", exitFailure},
		{"versoin", `did you mean "version"?`, "", exitUsage},
		{"./missing.txt", "./missing.txt: no such file", "did you mean", exitFailure},
	} {
		_, errs, code := folio(t, tc.arg)
		if code != tc.code || !strings.Contains(errs, tc.want) || (tc.never != "" && strings.Contains(errs, tc.never)) {
			t.Errorf("folio %s: exit %d, stderr %q; want exit %d and %q", tc.arg, code, errs, tc.code, tc.want)
		}
	}
}

func TestStdin(t *testing.T) {
	t.Parallel()
	// show -
	e, out, errs := pipeEnv(strings.NewReader(openPost), false)
	if code := runEnv([]string{"show", "-", "--width", "60"}, e); code != exitOK || !strings.Contains(out.String(), "Words read straight") {
		t.Fatalf("show -: exit %d\n%s\n%s", code, out, errs)
	}
	// folio alone with stdin piped and no terminal: the article is printed
	e, out, _ = pipeEnv(strings.NewReader(openPost), true)
	if code := runEnv(nil, e); code != exitOK || !strings.Contains(out.String(), "Words read straight") {
		t.Fatalf("cat post | folio | cat: exit %d\n%s", code, out)
	}
	// empty stdin: the library, as before
	e, out, _ = pipeEnv(strings.NewReader(" \n"), true)
	if code := runEnv(nil, e); code != exitOK || !strings.Contains(out.String(), seed001) {
		t.Fatalf("folio with empty stdin: exit %d\n%s", code, out)
	}
	// with a terminal: the reader opens on the article, keys from /dev/tty
	e, _, _ = pipeEnv(strings.NewReader(openPost), true)
	e.tty = true
	d, _, err := readDocument("-", e)
	if err != nil {
		t.Fatal(err)
	}
	g := &globals{}
	lib, o, err := g.readerOptions(e, []document{d}, "", false)
	if err != nil {
		t.Fatal(err)
	}
	if !o.KeysFromTTY || o.Open == "" {
		t.Fatalf("reader on stdin: KeysFromTTY %v, Open %q", o.KeysFromTTY, o.Open)
	}
	if a, ok := lib.Article(o.Open); !ok || a.Title != "Opened From Disk" {
		t.Errorf("reader opens %q, not the article from stdin", o.Open)
	}
}

// An article read from stdin is remembered by its content, never under
// a path every piped article would share; a URL, as the URL.
func TestStdinRememberedByContent(t *testing.T) {
	t.Parallel()
	key := func(text string) string {
		e, _, _ := pipeEnv(strings.NewReader(text), true)
		e.tty = true
		d, _, err := readDocument("-", e)
		if err != nil {
			t.Fatal(err)
		}
		_, o, err := (&globals{}).readerOptions(e, []document{d}, "", false)
		if err != nil {
			t.Fatal(err)
		}
		if got := o.statePath("-"); got != o.StdinKey {
			t.Errorf("stdin remembered under %q, not its key %q", got, o.StdinKey)
		}
		return o.StdinKey
	}
	a, again, b := key(openPost), key(openPost), key("# Another\n\nText.\n")
	if a == "" || strings.ContainsAny(a, "/\\") || a != again || a == b {
		t.Errorf("stdin keys %q, %q (same text), %q (other text): want one per text, no path", a, again, b)
	}
	const u = "https://example.com/posts/a.md"
	if got := statePath(u); got != u {
		t.Errorf("URL remembered as %q", got)
	}
}

// folio PATH opens the file beside the library, and a folder is a --dir.
func TestOpenPathInReader(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{"post.md": openPost, "other.md": "# Other\n\nNot loaded.\n"})
	e, _, _ := pipeEnv(nil, false)
	e.tty = true
	d, ok, err := readDocument(filepath.Join(dir, "post.md"), e)
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	g := &globals{}
	lib, o, err := g.readerOptions(e, []document{d}, "", false)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := lib.Article(o.Open); !ok || a.Title != "Opened From Disk" {
		t.Fatalf("opens %q", o.Open)
	}
	for _, a := range lib.Articles {
		if a.Title == "Other" {
			t.Error("the file's folder was loaded")
		}
	}
	if !lib.HasTag("Exosomes") {
		t.Error("the bundled library is not beside the file")
	}
	// a folder argument is a --dir; printed when not a terminal
	out, errs, code := folio(t, dir)
	if code != exitOK || !strings.Contains(out, "Opened From Disk") || !strings.Contains(out, "other") {
		t.Errorf("folio DIR | cat: exit %d\n%s\n%s", code, out, errs)
	}
}

func TestShowURL(t *testing.T) {
	t.Parallel()
	mux := http.NewServeMux()
	mux.HandleFunc("/post.md", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		io.WriteString(w, openPost)
	})
	mux.HandleFunc("/slow.md", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big.md", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, strings.Repeat("word ", 2000))
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body><p>hi</p></body></html>")
	})
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<html><head><title>Tea Notes</title></head><body><nav><a href=/>Home</a></nav><article><h1>Tea Notes</h1>"+
			strings.Repeat("<p>Green tea wants water well below the boil, and a short steep keeps it sweet rather than bitter.</p>", 6)+
			"<h2>Brewing</h2><p>Three minutes at eighty degrees suits most green teas.</p></article></body></html>")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, tc := range []struct {
		path, want string
		code       int
	}{
		{"/post.md", "Words read straight", exitOK},
		{"/missing.md", "not found (HTTP 404)", exitFailure},
		{"/slow.md", "no answer within", exitFailure},
		{"/big.md", "too large", exitFailure},
		{"/page", "no article found", exitFailure},
		{"/article", "Three minutes at eighty degrees", exitOK},
	} {
		e, out, errs := pipeEnv(nil, false)
		e.web = &web.Client{Timeout: 5 * time.Second, MaxBytes: 4096}
		if tc.path == "/slow.md" {
			e.web.Timeout = 300 * time.Millisecond // the server answers in 3 s
		}
		code := runEnv([]string{"show", srv.URL + tc.path, "--width", "60"}, e)
		got := out.String() + errs.String()
		if code != tc.code || !strings.Contains(got, tc.want) {
			t.Errorf("show %s: exit %d, want %d and %q:\n%s", tc.path, code, tc.code, tc.want, got)
		}
		if tc.code != exitOK && !strings.Contains(errs.String(), srv.URL+tc.path) {
			t.Errorf("show %s: the error does not name the URL: %s", tc.path, errs)
		}
	}
}

// The local files an opened file links to are read beside it, so that
// its links open them; nothing else of its folder is.
func TestOpenPathReadsLinkedFiles(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{
		"posts/main.md":   "# Main\n\nSee [the next](next.md), [up](../up.md#part) and [the root](/rooted.md).\n",
		"posts/next.md":   "# Next Post\n\nText.\n",
		"posts/rooted.md": "# Rooted\n\nText.\n",
		"posts/alone.md":  "# Alone\n\nNot linked.\n",
		"up.md":           "# Up\n\n## Part\n\nText.\n",
	})
	e, _, _ := pipeEnv(nil, false)
	e.tty = true
	d, _, err := readDocument(filepath.Join(dir, "posts", "main.md"), e)
	if err != nil {
		t.Fatal(err)
	}
	lib, o, err := (&globals{}).readerOptions(e, []document{d}, "", false)
	if err != nil {
		t.Fatal(err)
	}
	from, ok := lib.Article(o.Open)
	if !ok {
		t.Fatalf("no article %q", o.Open)
	}
	for link, title := range map[string]string{"next.md": "Next Post", "../up.md#part": "Up", "/rooted.md": "Rooted"} {
		if tg := lib.Resolve(from, link); tg.Article == nil || tg.Article.Title != title {
			t.Errorf("link %s: %+v, want %q", link, tg, title)
		}
	}
	for _, a := range lib.Articles {
		if a.Title == "Alone" {
			t.Error("a file the article does not link to was read")
		}
	}
}

// With --no-bundled and no folder there is no slug to find, so a path
// without ./ that names a file is read as the file (it said
// "--no-bundled leaves nothing to read").
func TestNoBundledRelativeFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "lib"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lib", "x.md"), []byte("# Relative file\n\nBody.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, cmd := range [][]string{{"show", "lib/x.md"}, {"toc", "lib/x.md"}} {
		out, errs, code := folio(t, append([]string{"--no-bundled"}, cmd...)...)
		if code != exitOK || !strings.Contains(out, "Relative file") {
			t.Errorf("folio --no-bundled %q: exit %d\n%s%s", cmd, code, out, errs)
		}
	}
	if _, errs, code := folio(t, "--no-bundled", "show", "lib/none.md"); code == exitOK || !strings.Contains(errs, "--no-bundled leaves nothing to read") {
		t.Errorf("a missing file: exit %d, %s", code, errs)
	}
}
