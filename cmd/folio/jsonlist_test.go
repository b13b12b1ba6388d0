package main

import (
	"bytes"
	"encoding/json"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
)

// The streamed list is the document writeJSON would print, byte for
// byte: same indentation, no HTML escaping, [] for empty arrays.
func TestListJSONStreamedIsTheWholeDocument(t *testing.T) {
	t.Parallel()
	odd := fstest.MapFS{
		"a.md":   {Data: []byte("---\ntitle: \"<b>Tom & Jerry</b> \\\"quoted\\\"\"\ntags: [x]\n---\nBody\n"), ModTime: time.Unix(0, 0)},
		"bad.md": {Data: []byte("---\ntitle: never closed\n"), ModTime: time.Unix(0, 0)},
	}
	bundled := library.Load(library.Options{}, library.Source{Name: "bundled", FS: articles.FS})
	withProblems := library.Load(library.Options{}, library.Source{Name: "odd", FS: odd})
	empty := library.Load(library.Options{}, library.Source{Name: "none", FS: fstest.MapFS{}})
	for name, lib := range map[string]*library.Library{"bundled": bundled, "odd": withProblems, "empty": empty} {
		want := jsonList{Articles: []jsonArticle{}, Problems: problemsJSON(lib)}
		for _, a := range lib.Articles {
			want.Articles = append(want.Articles, articleJSON(a))
		}
		var whole, streamed bytes.Buffer
		if err := writeJSON(&whole, want); err != nil {
			t.Fatal(err)
		}
		if err := writeListJSON(&streamed, lib.Articles, problemsJSON(lib)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
			t.Errorf("%s: streamed list differs:\n%s\nwant:\n%s", name, streamed.String(), whole.String())
		}
		if !json.Valid(streamed.Bytes()) {
			t.Errorf("%s: not valid JSON", name)
		}
	}
	if len(withProblems.Problems) == 0 || len(withProblems.Articles) == 0 {
		t.Fatalf("fixture should give an article and a problem: %d, %d", len(withProblems.Articles), len(withProblems.Problems))
	}
}
