package main

import (
	"testing"
	"time"

	"github.com/folio-reader/folio/internal/termsafe"
)

// articleShapes put the fuzzer's bytes where an article's text goes: the
// whole file; the frontmatter's title, tags and author (YAML, TOML,
// JSON); a heading, an FAQ's question and answer; a link's text and
// address, a picture; a table, a quote, a list.
var articleShapes = []func(s string) string{
	func(s string) string { return s },
	func(s string) string {
		return "---\ntitle: \"" + s + "\"\nauthor: " + s + "\ntags: [\"" + s + "\", ok]\ncategories: [" + s + "]\n---\n# Heading\n\nBody.\n"
	},
	func(s string) string {
		return "---\ntitle: T\ntags: [care]\n---\n# " + s + "\n\n" + s + "\n\n## FAQ\n\n### " + s + "?\n\n" + s + "\n\n**" + s + "?**\n\nYes.\n"
	},
	func(s string) string {
		return "+++\ntitle = \"" + s + "\"\ntags = [\"" + s + "\"]\n+++\nSee [" + s + "](" + s + ") and ![" + s + "](" + s + ".png) and <https://e.com/" + s + ">.\n"
	},
	func(s string) string {
		return "{\"title\": \"" + s + "\", \"tags\": [\"" + s + "\"]}\n\n| " + s + " | b |\n|---|---|\n| " + s + " | x |\n\n> " + s + "\n\n- " + s + "\n  - " + s + "\n"
	},
}

// runBound is the longest one command may take on a fuzzed article; any
// input under the caps ends far sooner.
const runBound = 10 * time.Second

// FuzzHostileCommands: whatever bytes an article holds, in whatever
// place, every command of the tree (commandRuns: walked from
// newRootCmd, so a command added later is fuzzed too), with every
// argument shape and completion, prints no control character from it,
// ends within runBound and does not panic; show on a colour terminal
// prints only folio's own sequences.
func FuzzHostileCommands(f *testing.F) {
	f.Add(uint8(0), []byte(hostileArticle))
	f.Add(uint8(0), []byte("---\ntitle: \"\\e]52;c;eA==\\a\"\n---\n# Q\x1b[2J\n\n> - > - \x9b x\r\n\t\x07"))
	f.Add(uint8(0), []byte("+++\ntitle = \"\\u001b[5m\"\ntags = [\"\\u009b\"]\n+++\n## FAQ\n\n**Why\x1bP?**\n\nNo\x7f.\n"))
	f.Add(uint8(1), []byte("care\x1b]0;pwned\x07 \u202e"))
	f.Add(uint8(2), []byte("Is \x1b[2J this\u200b safe"))
	f.Add(uint8(3), []byte("javascript:alert(1)\x1b]8;;x\x07"))
	f.Add(uint8(4), []byte("cell\x1b[31m|\x9b"))
	f.Fuzz(func(t *testing.T, shape uint8, data []byte) {
		if len(data) > 4096 {
			return
		}
		article := articleShapes[int(shape)%len(articleShapes)](string(data))
		dir := fixtureDir(t, map[string]string{"hostile.md": article})
		runs, _ := commandRuns([]string{"--no-bundled", "--dir", dir})
		for _, args := range runs {
			out, errs := runWithin(t, args)
			for name, s := range map[string]string{"stdout": out, "stderr": errs} {
				if at, bad := controlBytes(s); bad {
					t.Fatalf("folio %q: %s holds a control character near %q", args, name, at)
				}
			}
		}
		out, _, _ := folioTTY(t, 40, nil, "show", "hostile", "--no-bundled", "--dir", dir)
		if termsafe.Frame(out) != out {
			t.Fatalf("show in colour lets a foreign sequence through:\n%q", out)
		}
	})
}

// runWithin runs folio with args, failing the test if it panics or takes
// longer than runBound.
func runWithin(t *testing.T, args []string) (stdout, stderr string) {
	t.Helper()
	type result struct {
		out, errs string
		panic     any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: p}
			}
		}()
		out, errs, _ := folio(t, args...)
		done <- result{out: out, errs: errs}
	}()
	select {
	case r := <-done:
		if r.panic != nil {
			t.Fatalf("folio %q panicked: %v", args, r.panic)
		}
		return r.out, r.errs
	case <-time.After(runBound):
		t.Fatalf("folio %q ran for more than %v", args, runBound)
	}
	return "", ""
}
