//go:build linux

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/folio-reader/folio/internal/synth"
)

// measure fills l.rows.
func measure(l *library, folio, tmp string, runs int, benchtime string) error {
	warmCache := filepath.Join(tmp, "warm-"+filepath.Base(l.dir))
	coldCache := filepath.Join(tmp, "cold-"+filepath.Base(l.dir))
	folioCmd := func(cache string, args ...string) command {
		return command{args: append([]string{folio}, args...), env: []string{"XDG_CACHE_HOME=" + cache, "FOLIO_NO_CACHE="}}
	}
	cat := command{args: []string{"sh", "-c", `exec find "$1" -type f -exec cat {} + >/dev/null`, "cat", l.dir}}
	list := []string{"list", "--no-bundled", "--dir", l.dir, "--json"}

	cold := folioCmd(coldCache, list...)
	cold.before = func() error { return os.RemoveAll(coldCache) }
	add := func(name, unit, goal string, a, b command) error {
		fa, fb, r, err := paired(a, b, runs)
		if err != nil {
			return err
		}
		l.rows = append(l.rows, row{name: name, folio: fa, yard: fb, ratio: r, unit: unit, goal: goal})
		return nil
	}
	if err := add("cold `list --json` / cat", "time", "≤ 2.0", cold, cat); err != nil {
		return err
	}
	warmList := folioCmd(warmCache, list...)
	if err := add("warm `list --json` / cat", "time", "≤ 0.5", warmList, cat); err != nil {
		return err
	}
	rg, err := exec.LookPath("rg")
	if err == nil {
		for _, w := range []struct{ name, word string }{{"rare", synth.RareWord}, {"common", synth.CommonWord}} {
			search := folioCmd(warmCache, "search", "--no-bundled", "--dir", l.dir, w.word)
			if err := add(fmt.Sprintf("warm `search` %s word / rg", w.name), "time", "≤ 1.0", search,
				command{args: []string{rg, "-i", w.word, l.dir}}); err != nil {
				return err
			}
		}
		// Each row's output goes to /dev/null, where what a program
		// prints costs it little; rg prints every line that matches
		// (33 MB for the common word at 100,000 articles, folio 12),
		// so the common word is timed with both writing to a file too.
		search := folioCmd(warmCache, "search", "--no-bundled", "--dir", l.dir, synth.CommonWord)
		search.out = filepath.Join(tmp, "folio.out")
		if err := add("warm `search` common word / rg, both to a file", "time", "≤ 1.0", search,
			command{args: []string{rg, "-i", synth.CommonWord, l.dir}, out: filepath.Join(tmp, "rg.out")}); err != nil {
			return err
		}
		questions := folioCmd(warmCache, "questions", "--no-bundled", "--dir", l.dir, "--json")
		if err := add("warm `questions --json` / rg '^### '", "time", "≤ 1.5", questions,
			command{args: []string{rg, "^### ", l.dir}}); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(os.Stderr, "scalebench: no rg on PATH: the search and questions rows are left out")
	}
	// Memory: the peak of each process, against the library's bytes.
	mem := func(name string, c command) error {
		s, err := alone(c, runs)
		if err != nil {
			return err
		}
		l.rows = append(l.rows, row{name: name, folio: s, unit: "rss", goal: "≤ 0.5"})
		return nil
	}
	for _, m := range []struct {
		name string
		args []string
	}{
		{"resident memory, warm `list --json`", list},
		{"resident memory, cold `list --json`", nil},
		{"resident memory, warm `search` common word", []string{"search", "--no-bundled", "--dir", l.dir, synth.CommonWord}},
		{"resident memory, warm `questions --json`", []string{"questions", "--no-bundled", "--dir", l.dir, "--json"}},
	} {
		c := folioCmd(warmCache, m.args...)
		if m.args == nil {
			c = cold
		}
		if err := mem(m.name, c); err != nil {
			return err
		}
	}
	// The reader, in a pseudo-terminal, with the index warm.
	want := fmt.Sprintf("%d articles", l.files)
	var rs []readerSample
	for range runs + 1 {
		r, err := readerRun(folio, l.dir, warmCache, want)
		if err != nil {
			return err
		}
		rs = append(rs, r)
	}
	listed, rss, cpu := medianReader(rs[1:])
	l.rows = append(l.rows,
		row{name: "reader: every article listed, warm", folio: sample{wall: listed}, unit: "wall", goal: "≤ 0.5 s at 100k, ≤ 1.5 s at 300k"},
		row{name: "reader: CPU time to every article listed", folio: sample{cpu: cpu}, unit: "cpu"},
		row{name: "resident memory, reader with every article listed", folio: sample{rss: rss}, unit: "rss", goal: "≤ 0.5"})
	// In process: opening an article, a filter keystroke.
	ns, err := goBench(l.dir, benchtime)
	if err != nil {
		return err
	}
	l.rows = append(l.rows,
		row{name: "reader: open an article (BenchmarkScaleOpen)", folio: sample{ns: ns["BenchmarkScaleOpen"]}, unit: "ns", goal: "≤ 30 ms, ≤ 2× at 1k"},
		row{name: "reader: a filter keystroke (BenchmarkScaleKeystroke)", folio: sample{ns: ns["BenchmarkScaleKeystroke"]}, unit: "ns", goal: "≤ 30 ms"})
	return nil
}

// showAgainstGlow times `folio show` of the bundled guide against glow
// on the same file, piped, as compare-glow.sh does.
func showAgainstGlow(folio, glow, tmp string, runs int) (row, error) {
	file := filepath.Join(tmp, "exosomes-vs-prp.md")
	data, err := os.ReadFile("articles/exosomes-vs-prp.md")
	if err != nil {
		return row{}, fmt.Errorf("run from the module's root: %v", err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return row{}, err
	}
	env := []string{"XDG_CACHE_HOME=" + filepath.Join(tmp, "show-cache")}
	a := command{args: []string{folio, "show", "exosomes-vs-prp", "--width", "80", "--style", "dark"}, env: env}
	b := command{args: []string{glow, "-w", "80", "-s", "dark", file}, env: env}
	fa, fb, r, err := paired(a, b, max(runs, 10))
	return row{folio: fa, yard: fb, ratio: r}, err
}

// goBench runs the reader's in-process benchmarks on the library and
// returns each one's ns/op. GOGC is folio's own (cmd/folio).
func goBench(dir, benchtime string) (map[string]float64, error) {
	c := exec.Command("go", "test", "./ui", "-run", "^$", "-bench", "^BenchmarkScale(Open|Keystroke)$", "-benchtime", benchtime, "-count", "1")
	c.Env = append(os.Environ(), "FOLIO_SCALE_DIR="+dir, "GOGC=30")
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	if err := c.Run(); err != nil {
		return nil, fmt.Errorf("go test ./ui: %v\n%s", err, out.String())
	}
	res := map[string]float64{}
	line := regexp.MustCompile(`^(Benchmark\w+)(-\d+)?\s+\d+\s+([\d.]+) ns/op`)
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		if m := line.FindStringSubmatch(sc.Text()); m != nil {
			v, _ := strconv.ParseFloat(m[3], 64)
			res[m[1]] = v
		}
	}
	if len(res) != 2 {
		return nil, fmt.Errorf("go test ./ui: no results in:\n%s", out.String())
	}
	return res, nil
}

// readerSample is one run of the reader.
type readerSample struct {
	listed time.Duration
	rss    int64
	cpu    time.Duration
}

func medianReader(rs []readerSample) (time.Duration, int64, time.Duration) {
	s := make([]sample, len(rs))
	for i, r := range rs {
		s[i] = sample{wall: r.listed, rss: r.rss, cpu: r.cpu}
	}
	m := median(s)
	return m.wall, m.rss, m.cpu
}

// procFigures are the peak resident set and the CPU time so far of the
// process pid.
func procFigures(pid int) (rss int64, cpu time.Duration) {
	if data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
		for l := range strings.Lines(string(data)) {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
				rss = kb * 1024
			}
		}
	}
	if data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		s := string(data)
		if i := strings.LastIndexByte(s, ')'); i > 0 {
			f := strings.Fields(s[i+1:])
			if len(f) > 13 {
				ut, _ := strconv.ParseInt(f[11], 10, 64)
				st, _ := strconv.ParseInt(f[12], 10, 64)
				cpu = time.Duration(ut+st) * (time.Second / 100) // clock ticks of 1/100 s
			}
		}
	}
	return rss, cpu
}
