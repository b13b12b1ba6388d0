package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// folioEnv runs folio as a pipe sees it, with the environment given.
func folioEnv(t *testing.T, vars map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := newEnv(&out, &errb)
	e.getenv = func(k string) string { return vars[k] }
	e.configPath = filepath.Join(t.TempDir(), "none.toml")
	code = runEnv(args, e)
	return out.String(), errb.String(), code
}

func TestColorThroughAPipe(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		vars   map[string]string
		args   []string
		colour bool
	}{
		{nil, nil, false},
		{nil, []string{"--color", "always"}, true},
		{nil, []string{"--color=always"}, true},
		{map[string]string{"NO_COLOR": "1"}, []string{"--color", "always"}, true},
		{map[string]string{"CLICOLOR_FORCE": "1"}, nil, true},
		{map[string]string{"CLICOLOR_FORCE": "0"}, nil, false},
		{map[string]string{"CLICOLOR_FORCE": "1", "NO_COLOR": "1"}, nil, false},
		{map[string]string{"CLICOLOR_FORCE": "1"}, []string{"--color", "never"}, false},
	} {
		args := append([]string{"show", seed001, "--width", "70"}, tc.args...)
		out, errs, code := folioEnv(t, tc.vars, args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d %s", args, code, errs)
		}
		if got := strings.Contains(out, "\x1b["); got != tc.colour {
			t.Errorf("%v %v: colour %v, want %v", tc.vars, tc.args, got, tc.colour)
		}
	}
	_, errs, code := folio(t, "show", seed001, "--color", "sometimes")
	if code != exitUsage || !strings.Contains(errs, `unknown --color "sometimes"`) {
		t.Errorf("--color sometimes: exit %d %s", code, errs)
	}
}

func TestStyles(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"auto", "dark", "light", "dracula", "tokyo-night", "pink", "ascii", "notty"} {
		if _, errs, code := folio(t, "show", seed001, "--style", s, "--width", "70"); code != exitOK {
			t.Errorf("--style %s: exit %d %s", s, code, errs)
		}
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	bad := filepath.Join(dir, "bad-colour.json")
	os.WriteFile(good, []byte(`{"document": {"color": "#e0def4"}, "heading": {"color": "#eb6f92", "bold": true}}`), 0o644)
	os.WriteFile(bad, []byte("{\n  \"heading\": {\"color\": \"#12345\"}\n}\n"), 0o644)
	out, errs, code := folioEnv(t, nil, "show", seed001, "--style", good, "--color", "always", "--width", "70")
	if code != exitOK || !strings.Contains(out, "38;5;") && !strings.Contains(out, "38;2;") {
		t.Errorf("a JSON style: exit %d %s\n%.200q", code, errs, out)
	}
	_, errs, code = folio(t, "show", seed001, "--style", bad)
	if code != exitFailure || !strings.Contains(errs, bad+": heading.color: \"#12345\" is not a colour") {
		t.Errorf("a style with a bad colour: exit %d %s", code, errs)
	}
	// the config's style file is checked the same way
	_, errs, code = folioConfig(t, "style = "+quote(bad)+"\n", nil, "show", seed001)
	if code != exitFailure || !strings.Contains(errs, "bad-colour.json") {
		t.Errorf("config style with a bad colour: exit %d %s", code, errs)
	}
	out, _, _ = folio(t, "help", "styles")
	for _, s := range []string{"dracula", "tokyo-night", "pink", "JSON"} {
		if !strings.Contains(out, s) {
			t.Errorf("help styles lacks %s:\n%s", s, out)
		}
	}
}

// The terminal is asked for its background only for the auto style on a
// terminal with colour, and at most once.
func TestBackgroundAskedOnlyForAuto(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		tty  bool
		vars map[string]string
		args []string
		asks int
	}{
		{true, nil, []string{"show", seed001}, 1},
		{true, nil, []string{"show", seed001, "--style", "dark"}, 0},
		{true, nil, []string{"show", seed001, "--style", "notty"}, 0},
		{true, map[string]string{"NO_COLOR": "1"}, []string{"show", seed001}, 0},
		{false, nil, []string{"show", seed001, "--color", "always"}, 0},
		{true, nil, []string{"list"}, 0},
		{true, nil, []string{"tags"}, 0},
		{true, nil, []string{"toc", seed001, "--json"}, 0},
		{true, nil, []string{"version"}, 0},
	} {
		asks := 0
		var out, errb bytes.Buffer
		e := &env{stdout: &out, stderr: &errb, getenv: func(k string) string { return tc.vars[k] }, tty: tc.tty, termWidth: 80,
			darkBackground: func() bool { asks++; return true }, configPath: filepath.Join(t.TempDir(), "none.toml")}
		if code := runEnv(tc.args, e); code != exitOK {
			t.Fatalf("%v: exit %d %s", tc.args, code, errb.String())
		}
		if asks != tc.asks {
			t.Errorf("%v (tty %v, %v): asked %d times, want %d", tc.args, tc.tty, tc.vars, asks, tc.asks)
		}
	}
}

func TestShowPager(t *testing.T) {
	t.Parallel()
	out, errs, code := folioEnv(t, map[string]string{"PAGER": "tr a-z A-Z"}, "show", seed001, "-p", "--width", "70")
	if code != exitOK || !strings.Contains(out, "EXOSOMES VS PRP") {
		t.Errorf("show -p through $PAGER: exit %d %s\n%.200s", code, errs, out)
	}
	out, _, code = folioConfig(t, "pager = \"sed -n 2p\"\n", map[string]string{"PAGER": "tr a-z A-Z"}, "show", seed001, "--pager", "--width", "70")
	if code != exitOK || strings.Count(out, "\n") != 1 || !strings.Contains(out, "Exosomes vs PRP") {
		t.Errorf("the config's pager does not win over $PAGER: exit %d %q", code, out)
	}
	_, errs, code = folioEnv(t, map[string]string{"PAGER": "no-such-pager-anywhere"}, "show", seed001, "--pager")
	if code != exitFailure || !strings.Contains(errs, `pager "no-such-pager-anywhere": command not found`) {
		t.Errorf("a missing pager: exit %d %s", code, errs)
	}
}
