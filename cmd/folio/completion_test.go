package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompletionScripts(t *testing.T) {
	t.Parallel()
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		out, errs, code := folio(t, "completion", sh)
		if code != exitOK || !strings.Contains(out, "__complete") || !strings.Contains(out, "folio") {
			t.Errorf("completion %s: exit %d %s\n%.300s", sh, code, errs, out)
		}
	}
	if _, errs, code := folio(t, "completion", "tcsh"); code != exitUsage || !strings.Contains(errs, "bash, zsh, fish or powershell") {
		t.Errorf("completion tcsh: exit %d %s", code, errs)
	}
}

// What every shell's script asks folio for: the configured library's
// slugs, tags, categories, styles, commands and flags.
func TestCompletionFromTheLibrary(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, fixtures)
	cfg := "dirs = [" + quote(dir) + "]\n"
	for _, tc := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"__complete", "show", ""}, []string{"post\tFixture Post", seed001}, nil},
		{[]string{"__complete", "toc", "pos"}, []string{"post"}, []string{seed001}},
		{[]string{"__complete", "faq", "--no-bundled", ""}, []string{"post"}, []string{seed001}},
		{[]string{"__complete", "list", "--tag", ""}, []string{"Go\t", "Testing\t", "Exosomes\t"}, nil},
		{[]string{"__complete", "list", "--category", "co"}, []string{"Code\t"}, nil},
		{[]string{"__complete", "show", "x", "--style", ""}, []string{"dracula", "tokyo-night", "auto"}, nil},
		{[]string{"__complete", ""}, []string{"show", "list", "config", "completion", "man", "post"}, nil},
		{[]string{"__complete", "show", "--"}, []string{"--width", "--section", "--pager", "--dir", "--color"}, nil},
		{[]string{"__complete", "help", ""}, []string{"styles", "search"}, nil},
		{[]string{"__complete", "list", ""}, []string{":4\n"}, []string{"post"}}, // no arguments, no files
		{[]string{"__complete", "completion", ""}, []string{"bash\n", "powershell\n"}, nil},
	} {
		out, errs, code := folioConfig(t, cfg, nil, tc.args...)
		if code != exitOK {
			t.Errorf("%v: exit %d %s", tc.args, code, errs)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: no %q in\n%s", tc.args, w, out)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(out, n) {
				t.Errorf("%v: %q offered in\n%s", tc.args, n, out)
			}
		}
	}
	// a --dir on the line is completed from
	other := fixtureDir(t, map[string]string{"elsewhere.md": "# Elsewhere\n\nText.\n"})
	out, _, _ := folioConfig(t, cfg, nil, "__complete", "--dir", other, "show", "else")
	if !strings.Contains(out, "elsewhere") {
		t.Errorf("--dir on the line: %s", out)
	}
}

// The bash script works in a bare bash, without the bash-completion
// package: folio show exo<TAB> offers the slug.
func TestBashCompletionInBash(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "folio")
	if err := os.Symlink(self, bin); err != nil {
		t.Skip("no symlinks:", err)
	}
	script := `source <(folio completion bash)
COMP_WORDS=(folio show exo); COMP_CWORD=2; COMP_LINE="folio show exo"; COMP_POINT=${#COMP_LINE}
__start_folio folio exo show; printf "%s\n" "${COMPREPLY[@]}"`
	cmd := exec.Command(bash, "--norc", "--noprofile", "-c", script)
	cmd.Env = append(os.Environ(), runMainEnv+"=1", "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != seed001 {
		t.Errorf("bash completion of 'folio show exo': %v\n%s", err, out)
	}
}

// runMainEnv makes the test binary run folio's main (see TestMain).
const runMainEnv = "FOLIO_TEST_RUN_MAIN"

func TestManAndVersion(t *testing.T) {
	t.Parallel()
	out, errs, code := folio(t, "man")
	for _, want := range []string{".TH FOLIO 1", ".SS show", `\fB\-\-style\fR \fIS\fR`} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("folio man lacks %q: exit %d %s", want, code, errs)
		}
	}
	v1, _, c1 := folio(t, "--version")
	v2, _, c2 := folio(t, "version")
	if c1 != exitOK || c2 != exitOK || v1 != v2 || !strings.HasPrefix(v1, "folio ") {
		t.Errorf("--version %q (exit %d), version %q (exit %d)", v1, c1, v2, c2)
	}
}
