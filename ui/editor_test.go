package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
)

// longArticle has sections long enough that the third is well down.
func longArticle(first string) string {
	var b strings.Builder
	b.WriteString("---\ntitle: Notes\n---\n")
	for i, h := range []string{first, "Second part", "Third part", "Fourth part"} {
		fmt.Fprintf(&b, "## %s\n\n", h)
		for j := 0; j < 30; j++ {
			fmt.Fprintf(&b, "Paragraph %d of section %d, with some words to wrap.\n\n", j, i)
		}
	}
	return b.String()
}

// dirDriver loads a temp folder holding notes.md, with opts.
func dirDriver(t *testing.T, opts Options) (*driver, string) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(file, []byte(longArticle("Opening")), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := library.DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	d := &driver{t: t, m: New(library.Load(library.Options{}, src), opts)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return d, file
}

func TestEditReloadsKeepingPlace(t *testing.T) {
	t.Parallel()
	var edited []string
	opts := testOptions
	opts.Edit = func(path string, done func(error) tea.Msg) tea.Cmd {
		edited = append(edited, path)
		return func() tea.Msg {
			if err := os.WriteFile(path, []byte(longArticle("Rewritten opening")), 0o644); err != nil {
				return done(err)
			}
			return done(nil)
		}
	}
	d, file := dirDriver(t, opts)
	d.openSlug("notes")
	d.send(common.JumpHeading(2))
	if h := d.m.reader.CurrentHeading(); h != 2 {
		t.Fatalf("before the edit: heading %d", h)
	}
	d.press(d.m.keys.Marks.Edit)
	if len(edited) != 1 || edited[0] != file {
		t.Fatalf("editor ran on %v, want %s", edited, file)
	}
	if d.m.top() != readerScreen || d.m.reader.Article().Headings[0].Text != "Rewritten opening" {
		t.Fatalf("not reloaded: top %v, first heading %q", d.m.top(), d.m.reader.Article().Headings[0].Text)
	}
	if h := d.m.reader.CurrentHeading(); h != 2 {
		t.Fatalf("after the edit the reader is at heading %d, want 2", h)
	}
	d.send(common.JumpHeading(0))
	if !strings.Contains(d.screenText(), "Rewritten opening") {
		t.Fatalf("the new heading is not shown:\n%s", d.screenText())
	}
	if a, _ := d.m.lib.Article("notes"); a == nil || a.Headings[0].Text != "Rewritten opening" {
		t.Fatal("the library still holds the old article")
	}
}

func TestEditFromList(t *testing.T) {
	t.Parallel()
	opts := testOptions
	opts.Edit = func(path string, done func(error) tea.Msg) tea.Cmd {
		return func() tea.Msg {
			_ = os.WriteFile(path, []byte("---\ntitle: Renamed notes\n---\n# One\n\nText.\n"), 0o644)
			return done(nil)
		}
	}
	d, _ := dirDriver(t, opts)
	d.press(d.m.keys.Marks.Edit)
	if d.m.top() != articlesScreen || !strings.Contains(d.screenText(), "Renamed notes") {
		t.Fatalf("list not reloaded:\n%s", d.screenText())
	}
}

func TestEditBundledIsReadOnly(t *testing.T) {
	t.Parallel()
	opts := testOptions
	opts.Edit = func(string, func(error) tea.Msg) tea.Cmd {
		t.Error("an editor was started on a bundled article")
		return nil
	}
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.openSeed()
	d.press(d.m.keys.Marks.Edit)
	if !strings.Contains(d.screenText(), "bundled articles are read-only") {
		t.Fatalf("no note:\n%s", d.screenText())
	}
	d.press(d.m.keys.Reader.Down)
	if strings.Contains(d.screenText(), "read-only") {
		t.Fatal("the note outlived the next key")
	}
}

func TestEditorCommand(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"EDITOR": "nano", "VISUAL": "code"}, "nano f.md"},
		{map[string]string{"VISUAL": "code --wait"}, "code --wait f.md"},
		{map[string]string{}, "vi f.md"},
	} {
		c := editorCommand(func(k string) string { return tc.env[k] }, "f.md")
		if got := strings.Join(append([]string{filepath.Base(c.Path)}, c.Args[1:]...), " "); got != tc.want && strings.Join(c.Args, " ") != tc.want {
			t.Errorf("%v: %q, want %q", tc.env, strings.Join(c.Args, " "), tc.want)
		}
	}
}

func TestWatchedChanges(t *testing.T) {
	t.Parallel()
	ch := make(chan []string, 1)
	opts := testOptions
	opts.Changes = ch
	d, file := dirDriver(t, opts)
	if d.m.Init() == nil {
		t.Fatal("Init does not wait for changes")
	}
	close(ch) // the re-armed waits the driver runs end at once
	dir := filepath.Dir(file)
	added := filepath.Join(dir, "sub", "fresh.md")
	if err := os.MkdirAll(filepath.Dir(added), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(added, []byte("---\ntitle: Fresh arrival\n---\n# Fresh\n\nNew.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.send(changedMsg{paths: []string{added}})
	if _, ok := d.m.lib.Article("fresh"); !ok || !strings.Contains(d.screenText(), "Fresh arrival") {
		t.Fatalf("the new file is not listed:\n%s", d.screenText())
	}

	d.openSlug("notes")
	d.send(common.JumpHeading(3))
	if err := os.WriteFile(file, []byte(longArticle("Changed on disk")), 0o644); err != nil {
		t.Fatal(err)
	}
	d.send(changedMsg{paths: []string{file}})
	if d.m.top() != readerScreen || d.m.reader.Article().Headings[0].Text != "Changed on disk" || d.m.reader.CurrentHeading() != 3 {
		t.Fatalf("reader after the change: top %v, first heading %q, at %d", d.m.top(), d.m.reader.Article().Headings[0].Text, d.m.reader.CurrentHeading())
	}

	if err := os.Remove(added); err != nil {
		t.Fatal(err)
	}
	d.send(changedMsg{paths: []string{added}})
	if _, ok := d.m.lib.Article("fresh"); ok {
		t.Fatal("a removed file's article is still in the library")
	}
}

// waitChanges re-arms on each batch and ends with the channel.
func TestWaitChanges(t *testing.T) {
	t.Parallel()
	ch := make(chan []string, 1)
	ch <- []string{"a.md"}
	if msg, ok := waitChanges(ch)().(changedMsg); !ok || msg.paths[0] != "a.md" {
		t.Fatalf("got %#v", msg)
	}
	close(ch)
	if msg := waitChanges(ch)(); msg != nil {
		t.Fatalf("after close: %#v", msg)
	}
	if waitChanges(nil) != nil {
		t.Fatal("a command with no channel")
	}
}

// sameFiles follows articles to their new versions by file.
func TestSameFiles(t *testing.T) {
	t.Parallel()
	a1, b1 := &library.Article{Slug: "a", Path: "d/a.md"}, &library.Article{Slug: "b", Path: "d/b.md"}
	a2 := &library.Article{Slug: "a", Path: "d/a.md", Title: "new"}
	lib := library.New([]*library.Article{a2})
	got := sameFiles([]*library.Article{a1, b1}, lib)
	if len(got) != 1 || got[0] != lib.Articles[0] || got[0].Title != "new" {
		t.Fatalf("got %v", got)
	}
}
