package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/folio-reader/folio/ui/keymap"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// treeFlags are the flags c takes, its own and inherited, but hidden.
func treeFlags(c *cobra.Command) []*pflag.Flag {
	var out []*pflag.Flag
	for _, fs := range []*pflag.FlagSet{c.LocalFlags(), c.InheritedFlags()} {
		fs.VisitAll(func(f *pflag.Flag) {
			if !f.Hidden {
				out = append(out, f)
			}
		})
	}
	return out
}

// Help, completion and the man page are all made from the command
// tree: each shows every command and every flag, and no flag goes
// without a description.
func TestHelpCompletionAndManAgree(t *testing.T) {
	t.Parallel()
	root := newRootCmd(newEnv(io.Discard, io.Discard))
	man, _, code := folio(t, "man")
	if code != exitOK {
		t.Fatalf("folio man: exit %d", code)
	}
	commands, _, _ := folio(t, "__complete", "")
	commands = "\n" + commands
	names := commandNames(root)
	if len(names) < 14 {
		t.Fatalf("%d commands: %q", len(names), names)
	}
	walk(root, func(c *cobra.Command) {
		if c.Hidden {
			return // cobra's __complete
		}
		path := strings.Fields(subcommandPath(c))
		help, _, code := folio(t, append([]string{"help"}, path...)...)
		if code != exitOK {
			t.Errorf("folio help %s: exit %d", path, code)
		}
		if flagHelp, _, _ := folio(t, append(path, "--help")...); flagHelp != help {
			t.Errorf("folio %s --help is not folio help %s:\n%s\n---\n%s", path, path, flagHelp, help)
		}
		completed, _, _ := folio(t, append(append([]string{"__complete"}, path...), "--")...)
		if c.HasParent() {
			if !strings.Contains(commands, "\n"+c.Name()+"\t") {
				t.Errorf("folio <TAB> does not offer %s:\n%s", c.Name(), commands)
			}
			if !strings.Contains(man, "\n.SS "+c.Name()+"\n") {
				t.Errorf("the man page has no section for %s", c.Name())
			}
		}
		for _, f := range treeFlags(c) {
			name, usage := pflag.UnquoteUsage(f)
			if strings.TrimSpace(usage) == "" {
				t.Errorf("folio %s --%s has no usage string", path, f.Name)
			}
			if name == f.Value.Type() {
				t.Errorf("folio %s --%s: its usage names no value in `backquotes`", path, f.Name)
			}
			if !strings.Contains(help, "--"+f.Name+" ") {
				t.Errorf("folio help %s lacks --%s:\n%s", path, f.Name, help)
			}
			if !strings.Contains(completed, "--"+f.Name+"\t") {
				t.Errorf("folio %s --<TAB> does not offer --%s:\n%s", path, f.Name, completed)
			}
			if !strings.Contains(man, `\fB\-\-`+roff(f.Name)+`\fR`) {
				t.Errorf("the man page lacks --%s", f.Name)
			}
		}
	})
	for _, s := range []string{"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "KEYS", `"EXIT STATUS"`, "ENVIRONMENT", "FILES"} {
		if !strings.Contains(man, "\n.SH "+s+"\n") {
			t.Errorf("the man page has no %s section", s)
		}
	}
	if m := regexp.MustCompile(`\[=false\]|[a-z-]+\(1\)`).FindString(man); m != "" {
		t.Errorf("the man page shows %q: a bool flag as it is never typed, or a page that does not exist", m)
	}
}

// The man page's KEYS name each binding by the section and action a
// keys file remaps it under: each is one the reader takes.
func TestManKeysAreRemappable(t *testing.T) {
	t.Parallel()
	secs := readerKeys()
	n := 0
	for _, sec := range secs {
		for _, k := range sec.keys {
			table := map[string]any{sec.name: map[string]any{k.action: []any{"ctrl+f12"}}}
			if _, err := keymap.FromTable("test", table); err != nil {
				t.Errorf("[%s] %s: %v", sec.name, k.action, err)
			}
			n++
		}
	}
	if len(secs) < 4 || n < 40 {
		t.Errorf("%d sections, %d keys: the keymap was not read", len(secs), n)
	}
}

// The man page's ENVIRONMENT names every variable folio's code reads.
func TestManNamesEveryVariable(t *testing.T) {
	t.Parallel()
	man, _, _ := folio(t, "man")
	read := regexp.MustCompile(`(?:[gG]etenv\(|Env\s*=\s*)"([A-Z][A-Z0-9_]+)"`)
	found := 0
	err := filepath.WalkDir("../..", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != "../.." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "tools" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range read.FindAllStringSubmatch(string(data), -1) {
			found++
			if !strings.Contains(man, roff(m[1])) {
				t.Errorf("%s reads $%s, which the man page does not name", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 10 {
		t.Errorf("found %d variables read: the pattern no longer matches the code", found)
	}
}
