package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-reader/folio/ui"
)

// tuiFor parses folio's flags as the command tree does and returns
// what the reader would start with.
func tuiFor(t *testing.T, e *env, args ...string) (titles []string, o tuiOptions, err error) {
	t.Helper()
	g := parseGlobals(t, e, args...)
	lib, o, err := g.tui(e)
	if err != nil {
		return nil, o, err
	}
	if o.Load != nil {
		lib = o.Load(nil) // the --dir folders load in the background
	}
	for _, a := range lib.Articles {
		titles = append(titles, a.Title)
	}
	return titles, o, nil
}

// --style and --drafts reach the reader.
func TestTUIFlags(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, fixtures)
	colour := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" },
		tty: true, darkBackground: func() bool { return true }}
	for _, tc := range []struct {
		args      []string
		style     string
		withDraft bool
	}{
		{nil, "dark", false},
		{[]string{"--style", "light"}, "light", false},
		{[]string{"--style=notty", "--drafts"}, "notty", true},
		{[]string{"--style", "auto"}, "dark", false},
	} {
		titles, o, err := tuiFor(t, colour, append(tc.args, "--dir", dir)...)
		if err != nil {
			t.Fatalf("%q: %v", tc.args, err)
		}
		if o.Style != tc.style {
			t.Errorf("%q: style %q, want %q", tc.args, o.Style, tc.style)
		}
		if got := strings.Contains(strings.Join(titles, "|"), "Secret Draft"); got != tc.withDraft {
			t.Errorf("%q: draft listed %v, want %v", tc.args, got, tc.withDraft)
		}
		if o.StateFile == nil {
			t.Errorf("%q: no state file", tc.args)
		}
	}
	_, errs, code := folio(t, "--style", "neon")
	if code != exitUsage || !strings.Contains(errs, `unknown --style "neon"`) {
		t.Errorf("folio --style neon: exit %d, %q", code, errs)
	}
	// --style given before the command still reaches show.
	out, _, code := folio(t, "--style", "notty", "show", "exosomes-vs-prp", "--width", "60")
	if code != exitOK || !strings.Contains(out, "Exosomes vs PRP") {
		t.Errorf("folio --style notty show: exit %d", code)
	}
}

// Piped, folio prints the list and touches no state.
func TestPipedTUIWritesNoState(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, darkBackground: func() bool { return true }}
	g := &globals{}
	lib, o, err := g.tui(e)
	if err != nil {
		t.Fatal(err)
	}
	o.StateFile = func() (string, error) { return filepath.Join(dir, "folio", "state.json"), nil }
	if err := runTUI(lib, o); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("piped run made %v", entries)
	}
}

func TestOpenState(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "folio", "state.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	var opts ui.Options
	openState(&opts, func() (string, error) { return path, nil })
	if opts.Store == nil || len(opts.StateWarnings) != 1 || !strings.Contains(opts.StateWarnings[0], "was unusable") {
		t.Fatalf("corrupt state: store %v, warnings %q", opts.Store, opts.StateWarnings)
	}
	opts = ui.Options{}
	openState(&opts, func() (string, error) { return "", os.ErrPermission })
	if opts.Store != nil || len(opts.StateWarnings) != 1 {
		t.Fatalf("no state dir: store %v, warnings %q", opts.Store, opts.StateWarnings)
	}
}

func TestStatePath(t *testing.T) {
	t.Parallel()
	if got := statePath(filepath.Join("bundled", "x.md")); got != filepath.Join("bundled", "x.md") {
		t.Errorf("bundled: %q", got)
	}
	rel := filepath.Join("blog", "post.md")
	if got := statePath(rel); !filepath.IsAbs(got) || !strings.HasSuffix(got, rel) {
		t.Errorf("relative: %q", got)
	}
}

func TestLoadKeysFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.toml"), filepath.Join(dir, "bad.toml")
	_ = os.WriteFile(good, []byte("[reader]\nwide = [\"W\"]\n"), 0o644)
	_ = os.WriteFile(bad, []byte("[reader]\nwide = []\n"), 0o644)

	var opts ui.Options
	loadKeys(&opts, func() (string, error) { return good, nil })
	if opts.Keys == nil || opts.Keys.Reader.Wide.Keys()[0] != "W" || len(opts.Problems) != 0 {
		t.Fatalf("good file: keys %v, problems %v", opts.Keys, opts.Problems)
	}
	opts = ui.Options{}
	loadKeys(&opts, func() (string, error) { return bad, nil })
	if len(opts.Problems) != 1 || opts.Problems[0].Path != bad || !strings.Contains(opts.Problems[0].Message, "[reader] wide: the list of keys is empty") {
		t.Fatalf("bad file: %v", opts.Problems)
	}
	if opts.Keys.Reader.Wide.Keys()[0] != "w" {
		t.Fatal("a bad file did not leave the defaults")
	}
	opts = ui.Options{}
	loadKeys(&opts, func() (string, error) { return "", os.ErrNotExist })
	if opts.Keys != nil || opts.Problems != nil {
		t.Fatal("no file should change nothing")
	}
}

func TestHyperlinkTerminal(t *testing.T) {
	t.Parallel()
	for term, want := range map[string]bool{"": false, "dumb": false, "linux": false, "xterm-256color": true, "tmux-256color": true} {
		if got := hyperlinkTerminal(func(k string) string { return map[string]string{"TERM": term}[k] }); got != want {
			t.Errorf("TERM=%q: %v, want %v", term, got, want)
		}
	}
}
