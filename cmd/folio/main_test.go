package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/muesli/termenv"
)

// folio runs the command in-process, as a pipe would see it: no terminal.
func folio(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// folioTTY runs the command as if stdout were a colour terminal of the
// given width, with the environment vars given.
func folioTTY(t *testing.T, width int, vars map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdout:         &out,
		stderr:         &errb,
		getenv:         func(k string) string { return vars[k] },
		tty:            true,
		termWidth:      width,
		profile:        termenv.ANSI256,
		darkBackground: func() bool { return true },
	}
	code = runEnv(args, e)
	return out.String(), errb.String(), code
}

// mustJSON runs a command that must succeed and decodes its JSON into v.
func mustJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	out, errs, code := folio(t, args...)
	if code != exitOK {
		t.Fatalf("folio %s: exit %d, stderr:\n%s", strings.Join(args, " "), code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("folio %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// fixtureDir writes files (path → content) under a fresh folder.
func fixtureDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// fixtures is a small library: two good articles, a draft and a file
// whose frontmatter never closes.
var fixtures = map[string]string{
	"post.md": "---\ntitle: Fixture Post\ndate: 2025-05-01\nauthor: Ann Writer\ntags: [Go, Testing]\ncategories: [Code]\n---\n\n" +
		"## Intro\n\nHello from the fixture.\n\n## FAQ\n\n### Does it work?\n\nYes, it does.\n\n### Why test?\n\nSo it can fail.\n",
	"notes/older.md": "---\ntitle: Older Notes\ndate: 2024-01-02\ntags: go\n---\n\n# Older Notes\n\nSome older notes.\n",
	"draft.md":       "---\ntitle: Secret Draft\ndraft: true\n---\n\nNot yet.\n",
	"bad.md":         "---\ntitle: \"never closed\ntags: [a\n",
}

// parseGlobals parses folio's own flags (no command) into globals, as
// the command tree does.
func parseGlobals(t *testing.T, e *env, args ...string) *globals {
	t.Helper()
	g := &globals{env: e}
	root := buildRoot(g, e)
	if err := root.ParseFlags(args); err != nil {
		t.Fatal(err)
	}
	g.flags = root.Flags()
	return g
}
