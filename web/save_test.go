package web

import (
	"bytes"
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

var savedAt = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

// pageServer serves testdata/pages the way sites do: each page with its
// real type, plus a 404, a slow page, a 20 MB page and a PDF.
func pageServer(t testing.TB) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	page := func(name, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
			if err != nil {
				t.Error(err)
				return
			}
			w.Header().Set("Content-Type", ctype)
			w.Write(b)
		}
	}
	mux.HandleFunc("/2025/11/sourdough-schedule/", page("blog.html", "text/html; charset=utf-8"))
	mux.HandleFunc("/reviews/trailrunner-3", page("review.html", "text/html"))
	mux.HandleFunc("/kettle", page("details.html", "text/html; charset=UTF-8"))
	mux.HandleFunc("/de/kaffee-lagern.html", page("lang.html", "text/html; charset=ISO-8859-1"))
	mux.HandleFunc("/shop/", page("empty.html", "text/html"))
	mux.HandleFunc("/notes/hut-trip.md", page("notes.md", "text/markdown; charset=utf-8"))
	mux.HandleFunc("/old-address", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/kettle", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>filler paragraph text </p>\n"), 1<<10)
		w.Write([]byte("<!doctype html><html><body>"))
		for n := 0; n < 20<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/manual.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"))
	})
	mux.HandleFunc("/", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestSaveGolden saves each page and compares the file folio wrote, or
// the error it gave, with testdata/NAME.golden. The server's address
// and the checksum are written as SERVER and HASH in the golden files.
func TestSaveGolden(t *testing.T) {
	srv := pageServer(t)
	tests := []struct {
		name, path string
		ok         bool
	}{
		{"blog", "/2025/11/sourdough-schedule/", true},
		{"review", "/reviews/trailrunner-3", true},
		{"details", "/old-address", true},
		{"lang", "/de/kaffee-lagern.html", true},
		{"markdown", "/notes/hut-trip.md", true},
		{"no-article", "/shop/", false},
		{"not-found", "/gone", false},
		{"slow", "/slow", false},
		{"huge", "/huge", false},
		{"pdf", "/manual.pdf", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			s := &Saver{Client: &Client{Timeout: 2 * time.Second}, Dir: dir, Now: func() time.Time { return savedAt }}
			if tt.name == "slow" {
				s.Client.Timeout = 200 * time.Millisecond
			}
			r, err := s.Save(context.Background(), srv.URL+tt.path)
			var got []byte
			if tt.ok {
				if err != nil {
					t.Fatal(err)
				}
				if got, err = os.ReadFile(r.Path); err != nil {
					t.Fatal(err)
				}
				if !Unedited(got) {
					t.Errorf("%s: the checksum does not match the file written", r.Path)
				}
				if want := filepath.Join(dir, r.Slug+".md"); r.Path != want {
					t.Errorf("path %s, want %s", r.Path, want)
				}
			} else {
				if err == nil {
					t.Fatalf("saved %s, want an error", r.Path)
				}
				if !strings.Contains(err.Error(), srv.URL+tt.path) || strings.Contains(err.Error(), "\n") {
					t.Errorf("error %q: want one line naming the URL", err)
				}
				got = []byte(err.Error() + "\n")
			}
			entries, _ := os.ReadDir(dir)
			if want := map[bool]int{true: 1, false: 0}[tt.ok]; len(entries) != want {
				t.Errorf("%d files left in the folder, want %d: %v", len(entries), want, entries)
			}
			checkGolden(t, tt.name, normalise(got, srv.URL))
		})
	}
}

var hashLine = regexp.MustCompile(`(?m)^` + HashKey + `: [0-9a-f]{64}$`)

func normalise(b []byte, server string) []byte {
	b = bytes.ReplaceAll(b, []byte(server), []byte("http://SERVER"))
	return hashLine.ReplaceAll(b, []byte(HashKey+": HASH"))
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./web -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what was saved:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
