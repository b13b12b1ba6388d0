//go:build linux

// Command scalebench measures folio against the goals of docs/scaling.md
// on review libraries (internal/synth), as whole processes, beside their
// yardsticks in the same run — cat, ripgrep and glow — and prints the
// table docs/bench.md keeps:
//
//	go run ./tools/scalebench -n 1000,10000,100000 -runs 5 -glow /tmp/glow
//	go run ./tools/scalebench -runs 3 /tmp/rev300000   # libraries written already
//
// For each library it measures, each kind R times in turn with its
// yardstick (so that both see the same noise; the ratio is taken pair by
// pair and its median given):
//
//   - cold `list --json` (an empty cache folder each time) and warm, against
//     `find DIR -type f -exec cat {} +`;
//   - warm `search` of a word in one article in a thousand and of one in
//     seven in ten, against `rg -i WORD DIR` (the postings made first),
//     each writing to /dev/null, and the common word again with both
//     writing to a file;
//   - warm `questions --json` against `rg '^### ' DIR`, which finds the
//     same questions in the files;
//   - peak resident memory of list, search and questions, and of the
//     reader once it lists every article, against the library's size;
//   - the reader in a pseudo-terminal: launch to every article listed,
//     and its CPU time to then;
//   - opening an article and a filter keystroke, in process: the Go
//     benchmarks BenchmarkScaleOpen and BenchmarkScaleKeystroke of ./ui
//     on the library (go test);
//   - and once, `show` of the bundled guide against glow on its file.
//
// Libraries it writes itself (-n) go in a temporary folder, removed at
// the end. ripgrep and glow are not part of folio: without them their
// rows are left out.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/folio-reader/folio/internal/synth"
)

func main() {
	sizes := flag.String("n", "", "write review libraries of these sizes, comma-separated (else the folders given)")
	runs := flag.Int("runs", 5, "runs of each kind")
	glow := flag.String("glow", "", "a glow binary, for the show row (none: the row is left out)")
	benchtime := flag.String("benchtime", "60x", "go test -benchtime for the in-process benchmarks")
	flag.Parse()
	if err := run(*sizes, flag.Args(), *runs, *glow, *benchtime); err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		os.Exit(1)
	}
}

// library is one library measured.
type library struct {
	dir   string
	files int
	bytes int64
	rows  []row
}

// row is one measure of a library: folio's figure, the yardstick's, and
// the median of their ratios.
type row struct {
	name        string
	folio, yard sample
	ratio       float64 // median of folio/yardstick by pairs; 0: no yardstick
	unit        string  // "time", "wall" (time alone), "rss" (ratio to the library's bytes), "ns" (in process)
	goal        string
}

func run(sizes string, dirs []string, runs int, glow, benchtime string) error {
	tmp, err := os.MkdirTemp("", "folio-scalebench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		os.RemoveAll(tmp)
		os.Exit(1)
	}()
	folio := filepath.Join(tmp, "folio")
	if err := goBuild(folio); err != nil {
		return err
	}
	for _, s := range strings.Split(sizes, ",") {
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Errorf("-n %q: %v", s, err)
		}
		dir := filepath.Join(tmp, fmt.Sprintf("rev%d", n))
		fmt.Fprintf(os.Stderr, "writing %d review articles to %s\n", n, dir)
		if err := synth.WriteReviews(dir, n); err != nil {
			return err
		}
		if err := synth.Age(dir); err != nil {
			return err
		}
		dirs = append(dirs, dir)
	}
	if len(dirs) == 0 {
		return fmt.Errorf("no library: give -n or folders")
	}
	fmt.Printf("%d CPUs (%s), %s; load %s\n", runtime.NumCPU(), cpuModel(), runtime.Version(), loadAvg())
	var libs []*library
	for _, dir := range dirs {
		l := &library{dir: dir}
		if l.files, l.bytes, err = count(dir); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "== %s: %d files, %.1f MiB; load %s\n", dir, l.files, float64(l.bytes)/(1<<20), loadAvg())
		if err := measure(l, folio, tmp, runs, benchtime); err != nil {
			return fmt.Errorf("%s: %v", dir, err)
		}
		print1(l)
		libs = append(libs, l)
	}
	if glow != "" {
		r, err := showAgainstGlow(folio, glow, tmp, runs)
		if err != nil {
			return err
		}
		fmt.Printf("\n`show` of the bundled guide (exosomes-vs-prp, 13 KB) against glow, piped: %s vs %s, %.2fx (goal ≤ 1.0x)\n",
			r.folio.wallString(), r.yard.wallString(), r.ratio)
	}
	printSummary(libs)
	fmt.Printf("load at the end %s\n", loadAvg())
	return nil
}

// goBuild builds folio into file.
func goBuild(file string) error {
	c := exec.Command("go", "build", "-o", file, "github.com/folio-reader/folio/cmd/folio")
	c.Stdout, c.Stderr = os.Stderr, os.Stderr
	if err := c.Run(); err != nil {
		return fmt.Errorf("go build: %v", err)
	}
	return nil
}

// count is how many article files dir holds and their bytes.
func count(dir string) (files int, bytes int64, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			info, err := d.Info()
			if err != nil {
				return err
			}
			files++
			bytes += info.Size()
		}
		return nil
	})
	return files, bytes, err
}

// cpuModel is the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	data, _ := os.ReadFile("/proc/cpuinfo")
	for l := range strings.Lines(string(data)) {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

// loadAvg is the first three fields of /proc/loadavg.
func loadAvg() string {
	data, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
