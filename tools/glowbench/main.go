// Command glowbench times `folio show FILE` against glow on a folder of
// large real markdown files, as whole processes, in turns:
//
//	go run ./tools/glowbench -glow PATH/TO/glow -folio BIN -runs 9 DIR
//
// For every .md file in DIR it runs folio then glow, again and again
// (so that both meet the same load), and prints each one's median wall
// time, their ratio, the ratio of their median CPU time (user and
// system: folio renders on every core, so on a busy machine its wall
// time nears its CPU time), and the geometric means of the ratios. The default
// compares plain text to a pipe, folio --color never with glow -s
// notty; -color compares both in the dark style in a pseudo-terminal
// (script(1)), where both write colour and glow highlights code (piped,
// glow writes no colour whatever its style). Output is thrown away;
// glow's standard input is /dev/null, for glow reads a piped one
// instead of its file.
//
// glow and the files are not part of folio: build glow apart, and fetch
// the files from public repositories (docs/bench.md says which).
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	glow := flag.String("glow", "", "glow binary (required)")
	folio := flag.String("folio", "", "folio binary (required)")
	runs := flag.Int("runs", 9, "runs of each, after one warm-up")
	color := flag.Bool("color", false, "compare colour output (dark style) instead of plain text")
	width := flag.Int("width", 80, "width both render at")
	flag.Parse()
	if *glow == "" || *folio == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: glowbench -glow BIN -folio BIN [-runs N] [-color] DIR")
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(flag.Arg(0), "*.md"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(os.Stderr, "glowbench: no .md files in %s\n", flag.Arg(0))
		os.Exit(1)
	}
	slices.Sort(files)
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("%d files, %d runs each, colour %v, width %d; load at start %s\n", len(files), *runs, *color, *width, strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " "))
	w := fmt.Sprint(*width)
	logSum, cpuSum := 0.0, 0.0
	for _, f := range files {
		fa := []string{"show", f, "--width", w, "--images", "off", "--color", "never"}
		ga := []string{"-s", "notty", "-w", w, f}
		if *color {
			fa = []string{"show", f, "--width", w, "--images", "off", "--style", "dark"}
			ga = []string{"-s", "dark", "-w", w, f}
		}
		fbin, gbin := *folio, *glow
		if *color { // in a terminal: script -qec "CMD" /dev/null
			fa, ga = inTerminal(fbin, fa), inTerminal(gbin, ga)
			fbin, gbin = "script", "script"
		}
		var ft, gt, fc, gc []time.Duration
		for i := range *runs + 1 {
			a, ac, err := timed(fbin, fa)
			if err != nil {
				fmt.Fprintf(os.Stderr, "glowbench: folio on %s: %v\n", f, err)
				os.Exit(1)
			}
			b, bc, err := timed(gbin, ga)
			if err != nil {
				fmt.Fprintf(os.Stderr, "glowbench: glow on %s: %v\n", f, err)
				os.Exit(1)
			}
			if i > 0 { // the first is a warm-up
				ft, gt, fc, gc = append(ft, a), append(gt, b), append(fc, ac), append(gc, bc)
			}
		}
		fm, gm := median(ft), median(gt)
		ratio := float64(fm) / float64(gm)
		cpu := float64(median(fc)) / float64(median(gc))
		logSum += math.Log(ratio)
		cpuSum += math.Log(cpu)
		info, _ := os.Stat(f)
		fmt.Printf("  %-28s %5d KB  folio %6.1f ms  glow %6.1f ms  %.2fx wall  %.2fx cpu\n", filepath.Base(f), info.Size()>>10, ms(fm), ms(gm), ratio, cpu)
	}
	fmt.Printf("geometric mean of folio/glow: %.2fx wall, %.2fx cpu\n", math.Exp(logSum/float64(len(files))), math.Exp(cpuSum/float64(len(files))))
}

// timed runs a command to completion, its output thrown away and its
// standard input empty, and returns its wall time and the CPU time
// (user and system) it and its children took.
func timed(bin string, args []string) (time.Duration, time.Duration, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	// screen: the terminal is not asked its colours (a pseudo-terminal
	// with no emulator never answers, and the asking waits seconds)
	cmd.Env = append(os.Environ(), "TERM=screen-256color", "COLORTERM=truecolor")
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return wall, 0, err
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

// inTerminal is script(1)'s arguments to run bin with args in a
// pseudo-terminal, its input empty.
func inTerminal(bin string, args []string) []string {
	q := []string{shellQuote(bin)}
	for _, a := range args {
		q = append(q, shellQuote(a))
	}
	return []string{"-qec", strings.Join(q, " ") + " </dev/null", "/dev/null"}
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
