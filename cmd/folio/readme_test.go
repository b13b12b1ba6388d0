package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMESamples runs every "$ folio …" line of the samples in the
// README and in the docs/ pages and compares what folio prints with the
// lines shown under it, so the documentation cannot drift from the
// program. "| head" keeps ten lines. A sample that needs more than the
// bundled articles (a folder, a web server) is shown with a prompt that
// names its folder ("~/blog$ folio …") and is not run.
func TestREADMESamples(t *testing.T) {
	t.Parallel()
	docs, err := filepath.Glob("../../docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	if n := checkSamples(t, "../../README.md"); n < 5 {
		t.Errorf("found %d samples in the README", n)
	}
	for _, p := range docs {
		checkSamples(t, p)
	}
}

// checkSamples checks the samples of one file and returns their number.
func checkSamples(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(path, "../../")
	lines := strings.Split(string(data), "\n")
	samples := 0
	for i, line := range lines {
		cmd, ok := strings.CutPrefix(line, "$ folio ")
		if !ok {
			continue
		}
		var want []string
		for _, l := range lines[i+1:] {
			if strings.HasPrefix(l, "$ ") || strings.HasPrefix(l, "```") {
				break
			}
			want = append(want, l)
		}
		cmd, head := strings.CutSuffix(cmd, " | head")
		out, errs, _ := folio(t, strings.Fields(cmd)...)
		got := trimLines(out + errs)
		if head && len(got) > 10 {
			got = trimLines(strings.Join(got[:10], "\n"))
		}
		if g, w := strings.Join(got, "\n"), strings.Join(trimLines(strings.Join(want, "\n")), "\n"); g != w {
			t.Errorf("%s:%d: folio %s prints\n%s\nbut %s shows\n%s", name, i+1, cmd, g, name, w)
		}
		samples++
	}
	return samples
}

// trimLines splits s into lines without trailing spaces, dropping blank
// lines at the end.
func trimLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// The README's first test command is the one CI runs.
func TestREADMETestCommand(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile("../../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	cmd := ""
	for _, l := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(l, "    go test ") {
			cmd = strings.TrimSpace(l)
			break
		}
	}
	if cmd == "" {
		t.Fatal("the README shows no test command")
	}
	for _, l := range strings.Split(string(ci), "\n") {
		if strings.TrimSpace(l) == cmd {
			return
		}
	}
	t.Errorf("the README's test command %q is not a line of .ci/run", cmd)
}
