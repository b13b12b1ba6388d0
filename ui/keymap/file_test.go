package keymap

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	km, err := Load(writeKeys(t, "[reader]\nnext_heading = [\"]\", \"J\"]\n\n[marks]\nedit = [\"E\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := km.Reader.NextHeading.Keys(); len(got) != 2 || got[1] != "J" || km.Reader.NextHeading.Help().Key != "]/J" {
		t.Errorf("next_heading: keys %v, help %q", got, km.Reader.NextHeading.Help().Key)
	}
	if got := km.Marks.Edit.Keys(); len(got) != 1 || got[0] != "E" {
		t.Errorf("edit: keys %v", got)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.toml")); err != nil {
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
		{"[reader]\nnext_heading = [\"\x1b[A\"]\n", "control characters"}, // the parser's own refusal
		{"[reader]\nnext_heading = [\"\\u001b[A\"]\n", "[reader] next_heading: key 1 is \"\\x1b[A\", which holds U+001B"},
		{"[reader]\nnext_heading = [\"n\", \"\\u001b\"]\n", "[reader] next_heading: key 2"},
		{"[reader]\nnext_heading = [\"n\u200b\"]\n", "holds U+200B"},
		{"[reader]\nnext_heading = [\"\\u202e\"]\n", "holds U+202E"},
		{"[reader]\nnext_heading = [\"\\u009b\"]\n", "holds U+009B"},
		{"[reader]\nnext_heading = " + strings.Repeat("[", 8000) + strings.Repeat("]", 8000) + "\n", "keys.toml: line 2: arrays or tables nested more than"},
		{"[" + strings.Repeat("a.", 8000) + "a]\n", "keys.toml: line 1: a key of more than"},
	} {
		p := writeKeys(t, tc.text)
		km, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), p) {
			t.Errorf("%q: error %v, want %q naming %s", tc.text, err, tc.want, p)
		}
		if got := km.Reader.NextHeading.Keys(); len(got) != 1 || got[0] != "]" {
			t.Errorf("%q: not the defaults after an error: %v", tc.text, got)
		}
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
