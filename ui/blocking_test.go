package ui

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
)

// An article whose render takes long never holds the keys: opening it
// returns within previewWait, and ctrl+c then quits at once (issue 16 §2).
func TestOpenNeverWaitsForRender(t *testing.T) {
	t.Parallel()
	deep := "---\ntitle: Deep\n---\n\n" + strings.Repeat("> - ", 90) + "x\n"
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"deep.md": {Data: []byte(deep)}}})
	if len(lib.Articles) != 1 {
		t.Fatalf("%d articles, problems %v", len(lib.Articles), lib.Problems)
	}
	opts := testOptions
	opts.previewWait = 80 * time.Millisecond // as a release build waits
	m := New(lib, opts)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	start := time.Now()
	next, _ = next.(Model).Update(common.OpenArticleMsg{Slug: lib.Articles[0].Slug})
	next, cmd := next.(Model).Update(keyMsg(t, "ctrl+c"))
	limit := 300 * time.Millisecond // previewWait, and room for a shared machine
	if raceEnabled {
		limit = time.Second
	}
	if took := time.Since(start); took > limit {
		t.Errorf("open and ctrl+c took %v: Update waited for the render", took)
	}
	if got := next.(Model); got.stack[len(got.stack)-1] != readerScreen {
		t.Fatal("the reader did not open")
	}
	if cmd == nil {
		t.Fatal("ctrl+c returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c while rendering does not quit")
	}
}
