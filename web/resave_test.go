package web

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSaveAgain: a URL saved before updates its file; --keep writes a
// new one; an edited file is kept unless --force.
func TestSaveAgain(t *testing.T) {
	srv := pageServer(t)
	dir := t.TempDir()
	url := srv.URL + "/kettle"
	clock := savedAt
	save := func(keep, force bool) (*Saved, error) {
		clock = clock.Add(time.Hour) // each save writes a different saved time
		s := &Saver{Dir: dir, Keep: keep, Force: force, Now: func() time.Time { return clock }}
		return s.Save(context.Background(), url)
	}
	first, err := save(false, false)
	if err != nil {
		t.Fatal(err)
	}
	if first.Updated {
		t.Error("the first save says it updated a file")
	}
	again, err := save(false, false)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Updated || again.Path != first.Path {
		t.Errorf("second save: updated=%v path %s, want an update of %s", again.Updated, again.Path, first.Path)
	}
	if n := countFiles(t, dir); n != 1 {
		t.Errorf("%d files after saving the same URL twice, want 1", n)
	}

	kept, err := save(true, false)
	if err != nil {
		t.Fatal(err)
	}
	if kept.Updated || kept.Path == first.Path || kept.Slug != first.Slug+"-2" {
		t.Errorf("--keep: updated=%v slug %s, want a new file %s-2", kept.Updated, kept.Slug, first.Slug)
	}
	if err := os.Remove(kept.Path); err != nil {
		t.Fatal(err)
	}

	// The reader edits the saved article: folio must not replace it.
	old, _ := os.ReadFile(first.Path)
	edited := bytes.Replace(old, []byte("Limescale"), []byte("Scale"), 1)
	if err := os.WriteFile(first.Path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = save(false, false)
	if err == nil || !strings.Contains(err.Error(), "edited") || !strings.Contains(err.Error(), url) {
		t.Fatalf("saving over an edited file: err %v, want an error naming the URL and saying it was edited", err)
	}
	if now, _ := os.ReadFile(first.Path); !bytes.Equal(now, edited) {
		t.Error("the edited file was changed")
	}
	forced, err := save(false, true)
	if err != nil {
		t.Fatal(err)
	}
	if now, _ := os.ReadFile(forced.Path); forced.Path != first.Path || bytes.Contains(now, []byte("Scale makes")) {
		t.Error("--force did not replace the edited file")
	}
	if n := countFiles(t, dir); n != 1 {
		t.Errorf("%d files at the end, want 1", n)
	}
}

// TestSaveNameClash: a file of the same slug from another page is kept
// and the new page takes the next free name.
func TestSaveNameClash(t *testing.T) {
	srv := pageServer(t)
	dir := t.TempDir()
	mine := filepath.Join(dir, "how-to-descale-a-kettle-without-vinegar-smell.md")
	if err := os.WriteFile(mine, []byte("# My own notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := (&Saver{Dir: dir}).Save(context.Background(), srv.URL+"/kettle")
	if err != nil {
		t.Fatal(err)
	}
	if r.Path == mine || r.Updated {
		t.Fatalf("saved over the reader's own file %s", mine)
	}
	if got, _ := os.ReadFile(mine); string(got) != "# My own notes\n" {
		t.Error("the reader's own file changed")
	}
}

// TestSaveWriteError: a folder that cannot be written gives an error
// naming the URL and leaves nothing.
func TestSaveWriteError(t *testing.T) {
	srv := pageServer(t)
	parent := t.TempDir()
	notDir := filepath.Join(parent, "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := (&Saver{Dir: filepath.Join(notDir, "articles")}).Save(context.Background(), srv.URL+"/kettle")
	if err == nil || !strings.HasPrefix(err.Error(), srv.URL+"/kettle: cannot save") {
		t.Fatalf("err %v, want one naming the URL", err)
	}
	if n := countFiles(t, parent); n != 1 {
		t.Errorf("%d files, want only the one the test made", n)
	}
}

// TestSaveOffline: nothing listens at the address.
func TestSaveOffline(t *testing.T) {
	srv := pageServer(t)
	url := srv.URL + "/kettle"
	srv.Close()
	dir := t.TempDir()
	_, err := (&Saver{Dir: dir}).Save(context.Background(), url)
	if err == nil || !strings.HasPrefix(err.Error(), url+": cannot fetch") {
		t.Fatalf("err %v, want cannot fetch naming the URL", err)
	}
	if n := countFiles(t, dir); n != 0 {
		t.Errorf("%d files left", n)
	}
}

func TestSaveTagsAndCategories(t *testing.T) {
	srv := pageServer(t)
	s := &Saver{Dir: t.TempDir(), Tags: []string{"to-read", "Bread"}, Categories: []string{"Kitchen"}}
	r, err := s.Save(context.Background(), srv.URL+"/2025/11/sourdough-schedule/")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(r.Article.Tags, ",") + " | " + strings.Join(r.Article.Categories, ",")
	if want := "sourdough,bread,to-read | Baking,Kitchen"; got != want {
		t.Errorf("tags | categories = %q, want %q (the page's, then the new ones, without repeats)", got, want)
	}
	// Saved again without flags: the tags given the first time stay.
	s = &Saver{Dir: s.Dir, Tags: []string{"later"}}
	if r, err = s.Save(context.Background(), srv.URL+"/2025/11/sourdough-schedule/"); err != nil {
		t.Fatal(err)
	}
	got = strings.Join(r.Article.Tags, ",") + " | " + strings.Join(r.Article.Categories, ",")
	if want := "sourdough,bread,later,to-read | Baking,Kitchen"; !r.Updated || got != want {
		t.Errorf("updated=%v, tags | categories = %q, want %q", r.Updated, got, want)
	}
}

func TestUnedited(t *testing.T) {
	a := &Article{URL: "https://example.test/a", Title: "A", Body: "Text.\n"}
	file := a.Markdown(savedAt)
	if !Unedited(file) {
		t.Fatal("a file as written reads as edited")
	}
	for name, f := range map[string][]byte{
		"body":       append(bytes.Clone(file), "More.\n"...),
		"title":      bytes.Replace(file, []byte("title: A"), []byte("title: B"), 1),
		"no hash":    hashLine.ReplaceAll(file, nil),
		"no shown":   a.Markdown(time.Time{}),
		"plain text": []byte("Text.\n"),
	} {
		if Unedited(f) {
			t.Errorf("%s: an edited file reads as unedited", name)
		}
	}
}

func TestURLSlug(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.test/2025/11/sourdough-schedule/": "sourdough-schedule",
		"https://example.test/notes/hut-trip.md?x=1":       "hut-trip",
		"https://example.test/guide/index.html":            "guide",
		"https://example.test/":                            "example-test",
	} {
		if got := urlSlug(in); got != want {
			t.Errorf("urlSlug(%q) = %q, want %q", in, got, want)
		}
	}
	long := slugify(strings.Repeat("word ", 40))
	if len(long) > maxSlug+5 || strings.HasSuffix(long, "-") {
		t.Errorf("slug of a long title: %q", long)
	}
}

func countFiles(t *testing.T, dir string) int {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}
