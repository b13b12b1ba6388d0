package lists

import (
	"os"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/muesli/termenv"
)

const reviewSlug = "do-exosomes-work-medicube-review"

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

var testStyles = common.NewStyles("dark", false)

func bundled(t testing.TB) *library.Library {
	t.Helper()
	lib := library.Load(library.Options{}, library.Source{FS: articles.FS})
	if _, ok := lib.Article(reviewSlug); !ok {
		t.Fatalf("no bundled article %q", reviewSlug)
	}
	return lib
}

// runes is the key message of typed text.
func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// run executes a command, expanding batches, and returns its messages.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}
