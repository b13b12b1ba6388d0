package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/folio-reader/folio/config"
	"github.com/folio-reader/folio/ui"
)

// folioConfig runs folio with the config file holding text.
func folioConfig(t *testing.T, text string, vars map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.toml")
	if text != "" {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	e := newEnv(&out, &errb)
	e.configPath = p
	e.getenv = func(k string) string { return vars[k] }
	code = runEnv(args, e)
	return out.String(), errb.String(), code
}

func TestConfigDirs(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, fixtures)
	out, errs, code := folioConfig(t, "dirs = ["+quote(dir)+"]\n", nil, "list")
	if code != exitOK || !strings.Contains(out, "Fixture Post") || !strings.Contains(out, seed001) {
		t.Fatalf("list with config dirs: exit %d\n%s\n%s", code, out, errs)
	}
	out, _, _ = folioConfig(t, "dirs = ["+quote(dir)+"]\nbundled = false\n", nil, "list")
	if !strings.Contains(out, "Fixture Post") || strings.Contains(out, seed001) {
		t.Errorf("bundled = false:\n%s", out)
	}
	// ~ is the home folder
	home := filepath.Dir(dir)
	out, _, _ = folioConfig(t, "dirs = [\"~/"+filepath.Base(dir)+"\"]\n", map[string]string{"HOME": home}, "list")
	if !strings.Contains(out, "Fixture Post") {
		t.Errorf("dirs with ~:\n%s", out)
	}
	// drafts from the config
	out, _, _ = folioConfig(t, "dirs = ["+quote(dir)+"]\ndrafts = true\n", nil, "list")
	if !strings.Contains(out, "Secret Draft") {
		t.Errorf("drafts = true:\n%s", out)
	}
}

// Flags override the config.
func TestFlagsOverConfig(t *testing.T) {
	t.Parallel()
	a := fixtureDir(t, map[string]string{"a.md": "# In A\n\nText.\n"})
	b := fixtureDir(t, map[string]string{"b.md": "# In B\n\nText.\n"})
	out, _, _ := folioConfig(t, "dirs = ["+quote(a)+"]\n", nil, "list", "--dir", b)
	if !strings.Contains(out, "In B") || strings.Contains(out, "In A") {
		t.Errorf("--dir does not replace the config's dirs:\n%s", out)
	}
	out, _, _ = folioConfig(t, "style = \"notty\"\nwidth = 30\n", nil, "show", seed001, "--style", "dark", "--width", "50")
	if strings.Contains(out, "**") || maxWidth(out) > 50 || maxWidth(out) <= 30 {
		t.Errorf("--style/--width do not override the config (widest line %d):\n%.300s", maxWidth(out), out)
	}
	out, _, _ = folioConfig(t, "width = 30\n", nil, "show", seed001)
	if maxWidth(out) > 30 {
		t.Errorf("width = 30: a line of %d cells", maxWidth(out))
	}
	out, _, _ = folioConfig(t, "style = \"notty\"\n", nil, "config", "--style", "dark")
	if !strings.Contains(out, `style    = "dark"`) || !strings.Contains(out, "(flag)") {
		t.Errorf("folio config with --style:\n%s", out)
	}
}

func TestConfigCommand(t *testing.T) {
	t.Parallel()
	out, _, code := folioConfig(t, "# mine\nstyle = \"light\"\n", map[string]string{"PAGER": "more"}, "config")
	for _, want := range []string{"config.toml (read)", `style    = "light"`, "(config.toml line 2)", `pager    = "more"`, "($PAGER)", "bundled  = true", "(default)"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("folio config lacks %q (exit %d):\n%s", want, code, out)
		}
	}
	out, _, _ = folioConfig(t, "", nil, "config")
	if !strings.Contains(out, "not found") {
		t.Errorf("folio config with no file:\n%s", out)
	}
}

func TestBadConfig(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"dirs = 5\n", "\nwidht = 80\n", "mouse = \"off\"\n"} {
		for _, args := range [][]string{{"list"}, {"show", seed001}, {}, {"config"}} {
			_, errs, code := folioConfig(t, text, nil, args...)
			key := strings.Fields(text)[0]
			if code != exitFailure || !strings.Contains(errs, "config.toml:") || !strings.Contains(errs, key) {
				t.Errorf("folio %v with %q: exit %d, stderr %q", args, text, code, errs)
			}
		}
		// help works whatever the file holds
		if _, _, code := folioConfig(t, text, nil, "help"); code != exitOK {
			t.Errorf("help with a bad config: exit %d", code)
		}
	}
}

func TestConfigInit(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "sub", "config.toml")
	var out, errb bytes.Buffer
	e := newEnv(&out, &errb)
	e.configPath = p
	if code := runEnv([]string{"config", "--init"}, e); code != exitOK || !strings.Contains(out.String(), p) {
		t.Fatalf("config --init: exit %d %s", code, errb.String())
	}
	before, _ := os.ReadFile(p)
	if code := runEnv([]string{"config", "--init"}, e); code != exitFailure || !strings.Contains(errb.String(), "already exists") {
		t.Errorf("second config --init: exit %d %s", code, errb.String())
	}
	after, _ := os.ReadFile(p)
	if !bytes.Equal(before, after) || !bytes.Contains(after, []byte("# dirs = ")) {
		t.Errorf("the file changed or is not the template:\n%s", after)
	}
}

// The sample config, every commented setting uncommented (as the
// acceptance check does it), is a config with no problem at all.
func TestSampleConfigUncommented(t *testing.T) {
	t.Parallel()
	home := t.TempDir()
	for _, d := range []string{"blog", "notes"} {
		if err := os.Mkdir(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	setting := regexp.MustCompile(`(?m)^# ?([a-z_]+ *=)`)
	table := regexp.MustCompile(`(?m)^# ?(\[[a-z_.]+\])`)
	text := table.ReplaceAllString(setting.ReplaceAllString(config.Template, "$1"), "$1")
	if !strings.Contains(text, "\n[keys.reader]\nnext_heading =") {
		t.Fatalf("the uncommenting missed the keys:\n%s", text)
	}
	vars := map[string]string{"HOME": home}
	if _, errs, code := folioConfig(t, text, vars, "list"); code != exitOK || errs != "" {
		t.Errorf("list: exit %d, stderr %q", code, errs)
	}
	if out, errs, code := folioConfig(t, text, vars, "config"); code != exitOK || strings.Contains(out, "problem") || errs != "" {
		t.Errorf("config: exit %d %s\n%s", code, errs, out)
	}
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `\`, `\\`) + `"` }

func maxWidth(s string) int {
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, len([]rune(l)))
	}
	return w
}

// A key given to two actions of one screen is reported, naming both,
// and folio starts with the default keys (ui/keylayer.go), from a keys
// file and from config.toml's [keys] alike.
func TestKeyConflictsReported(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "keys.toml")
	if err := os.WriteFile(p, []byte("[reader]\nwide = [\"t\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var opts ui.Options
	loadKeys(&opts, func() (string, error) { return p, nil })
	if opts.Keys == nil || opts.Keys.Reader.Wide.Keys()[0] != "w" {
		t.Fatal("a conflicting keys file was not set aside for the defaults")
	}
	want := `[reader] contents and [reader] wide both use "t"`
	if len(opts.Problems) != 1 || opts.Problems[0].Path != p || !strings.Contains(opts.Problems[0].Message, want) {
		t.Errorf("problems %+v", opts.Problems)
	}
	out, _, _ := folioConfig(t, "[keys.reader]\nwide = [\"t\"]\n", nil, "config")
	if !strings.Contains(out, "problem: ") || !strings.Contains(out, want) {
		t.Errorf("folio config does not report the conflict:\n%s", out)
	}
}
