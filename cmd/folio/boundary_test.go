package main

import (
	"os"
	"strings"
	"testing"

	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/spf13/cobra"
)

// Every command of the tree — walked from newRootCmd, so a command added
// later is walked too — run against a hostile library with the argument
// shapes commands take (none, a slug, a query, --json), and every shell
// completion of it: nothing on stdout or stderr holds a control byte
// from an article, its file name or the command line. The terminal
// boundary (termsafe.Guard, env.guardOutput) holds it whatever a command
// does with its text.
func TestEveryCommandBehindTheBoundary(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	runs, walked := commandRuns([]string{"--no-bundled", "--dir", dir})
	for _, args := range runs {
		out, errs, _ := folio(t, args...)
		for name, s := range map[string]string{"stdout": out, "stderr": errs} {
			if at, bad := controlBytes(s); bad {
				t.Errorf("folio %q: %s holds a control character near %q", args, name, at)
			}
		}
	}
	t.Logf("walked %q", walked)
	if len(walked) < 10 {
		t.Fatalf("walked only %q", walked)
	}
}

// commandRuns walks every command of newRootCmd's tree and gives the
// runs made of each, on the library lib (its flags): the argument shapes
// commands take — none, the slug hostile, a query, --json, a query with
// a sequence, two slugs — and its shell completions, of its arguments
// and of --tag and --category.
func commandRuns(lib []string) (runs [][]string, walked []string) {
	shapes := [][]string{{}, {"hostile"}, {"hostile", "--json"}, {"--json"}, {"care\x1b[2J"}, {"hostile", "hostile"}}
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		for _, sub := range c.Commands() {
			walk(sub, append(append([]string(nil), path...), sub.Name()))
		}
		if c.HasSubCommands() || skipCommand[strings.Join(path, " ")] {
			return
		}
		walked = append(walked, strings.Join(path, " "))
		for _, shape := range shapes {
			runs = append(runs, append(append(append([]string(nil), path...), shape...), lib...))
		}
		complete := append([]string{"__complete"}, path...)
		runs = append(runs, append(append(complete[:len(complete):len(complete)], lib...), ""))
		for _, flag := range []string{"tag", "category"} {
			if c.Flags().Lookup(flag) != nil {
				runs = append(runs, append(append(complete[:len(complete):len(complete)], lib...), "--"+flag, ""))
			}
		}
	}
	walk(newRootCmd(newEnv(nil, nil)), nil)
	return runs, walked
}

// skipCommand are the commands the walk leaves out, each for a reason:
// the reader takes the terminal, and add writes files (its own test
// holds its output: add_test.go).
var skipCommand = map[string]bool{"": true, "add": true}

// The guard stands in front of stdout, but what asks whether stdout is a
// terminal (the reader, a picture's rows) must see the file under it:
// otherwise folio on a terminal would print the list instead of opening
// the reader.
func TestGuardKeepsTheTerminalFile(t *testing.T) {
	e := newEnv(os.Stdout, os.Stderr)
	e.guardOutput()
	if _, ok := e.stdout.(*termsafe.Guard); !ok {
		t.Fatal("stdout is not guarded")
	}
	if f, ok := underlying(e.stdout).(*os.File); !ok || f != os.Stdout {
		t.Errorf("underlying(stdout) = %v, want os.Stdout", underlying(e.stdout))
	}
}
