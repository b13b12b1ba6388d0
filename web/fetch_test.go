package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestGet(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/post.md", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != UserAgent {
			t.Errorf("User-Agent %q", r.Header.Get("User-Agent"))
		}
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		w.Write([]byte("# Hello\n\nFresh words.\n"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/post.md", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2000)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := &Client{Timeout: 300 * time.Millisecond, MaxBytes: 1000}
	ctx := context.Background()

	d, err := c.Get(ctx, srv.URL+"/moved")
	if err != nil {
		t.Fatal(err)
	}
	if d.URL != srv.URL+"/post.md" || d.ContentType != "text/markdown" || !strings.Contains(string(d.Body), "Fresh words") {
		t.Errorf("got %+v", d)
	}
	for _, tc := range []struct{ path, want string }{
		{"/missing", "not found (HTTP 404)"},
		{"/big", "too large"},
		{"/slow", "no answer within 300ms"},
	} {
		_, err := c.Get(ctx, srv.URL+tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), srv.URL+tc.path) {
			t.Errorf("%s: error %v, want one naming the URL and %q", tc.path, err, tc.want)
		}
	}
	if _, err := c.Get(ctx, "ftp://example.invalid/x"); err == nil {
		t.Error("ftp: want an error")
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.com/a.md": true, "http://127.0.0.1:8080/": true,
		"README.md": false, "./https": false, "file:///etc/passwd": false, "https://": false,
	} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}
