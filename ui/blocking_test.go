package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
)

// Opening an article renders nothing in Update: the reader is on top
// with neither preview nor document, and ctrl+c then quits at once, even
// for an article whose render takes long (issue 16 §2, issue 22).
func TestOpenRendersNothingInUpdate(t *testing.T) {
	t.Parallel()
	deep := "---\ntitle: Deep\n---\n\n" + strings.Repeat("> - ", 90) + "x\n"
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"deep.md": {Data: []byte(deep)}}})
	if len(lib.Articles) != 1 {
		t.Fatalf("%d articles, problems %v", len(lib.Articles), lib.Problems)
	}
	m := New(lib, testOptions)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	next, _ = next.(Model).Update(common.OpenArticleMsg{Slug: lib.Articles[0].Slug})
	got := next.(Model)
	if got.top() != readerScreen {
		t.Fatal("the reader did not open")
	}
	if s := got.reader.Shown(); s.Previewing || s.Rendered {
		t.Fatalf("Update rendered: %+v", s)
	}
	_, cmd := got.Update(keyMsg(t, "ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c while rendering does not quit")
	}
}
