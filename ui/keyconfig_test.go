package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

func writeKeys(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "keys.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestKeysFileRebinds(t *testing.T) {
	t.Parallel()
	km, err := LoadKeys(writeKeys(t, "[reader]\nnext_heading = [\"]\", \"J\"]\n\n[marks]\nedit = [\"E\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions
	opts.Keys = &km
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	d.openSeed()
	before := d.m.reader.currentHeading()
	d.send(keyMsg(t, "J"))
	if d.m.reader.currentHeading() <= before {
		t.Fatalf("J did not move to the next heading (%d -> %d)", before, d.m.reader.currentHeading())
	}
	d.press(d.m.keys.Global.Help)
	screen := d.screenText()
	if !strings.Contains(screen, "]/J") || !strings.Contains(screen, "E ") {
		t.Fatalf("help does not show the new keys:\n%s", screen)
	}
	if _, err := LoadKeys(filepath.Join(t.TempDir(), "none.toml")); err != nil {
		t.Fatalf("a missing file: %v", err)
	}
}

func TestKeysFileErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, want string }{
		{"[reeder]\nnext_heading = [\"n\"]\n", "unknown section [reeder]"},
		{"[reader]\nnext_headline = [\"n\"]\n", "[reader] next_headline: unknown action"},
		{"[reader]\nnext_heading = []\n", "[reader] next_heading: the list of keys is empty"},
		{"[reader]\nnext_heading = \"n\"\n", "want a list of keys"},
		{"[reader]\nnext_heading = [\"\"]\n", "not a key name"},
		{"[reader\n", "keys.toml"},
	} {
		p := writeKeys(t, tc.text)
		km, err := LoadKeys(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), p) {
			t.Errorf("%q: error %v, want %q naming %s", tc.text, err, tc.want, p)
		}
		if got := km.Reader.NextHeading.Keys(); len(got) != 1 || got[0] != "]" {
			t.Errorf("%q: not the defaults after an error: %v", tc.text, got)
		}
	}
}

func TestKeysProblemShown(t *testing.T) {
	t.Parallel()
	opts := testOptions
	opts.Problems = []library.Problem{{Path: "keys.toml", Message: "[reader] x: unknown action"}}
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.press(d.m.keys.Marks.Problems)
	if !strings.Contains(d.screenText(), "unknown action") {
		t.Fatalf("the problem is not listed:\n%s", d.screenText())
	}
}

func TestSnake(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"NextHeading": "next_heading", "FAQ": "faq", "HistBack": "hist_back", "Up": "up", "ForceQuit": "force_quit"} {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
}
