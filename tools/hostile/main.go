//go:build linux

// Command hostile writes crafted articles of every shape that has made
// a renderer slow or large — one huge table, thousands of columns,
// 100,000 headings, one word of megabytes, deep nesting, 100,000 links,
// footnotes, pictures, comments, shortcodes, one line of the whole file
// … — at the sizes given (by default 2 MB and folio's 8 MiB cap), and
// measures what folio does with each: `show`'s wall time and peak
// memory, piped and in colour (/usr/bin/time -f '%e %M'), and, with
// -tuitime, the reader's first screen in a pseudo-terminal.
//
//	go build -o /tmp/tuitime ./tools/tuitime
//	go run ./tools/hostile -folio BIN -tuitime /tmp/tuitime [-only REGEXP] [-sizes 2000000,8388608]
//
// It prints one markdown table row a shape and size, and marks with ✗
// each figure past the bounds issue 24 sets: `show` within 2 s and
// 400 MiB, the reader's first screen within 1 s. The files are kept in
// -out to look at.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

const (
	showBound   = 2.0       // seconds
	memBound    = 400 << 10 // KiB, as time(1) reports
	screenBound = 1000      // ms
)

func main() {
	folio := flag.String("folio", "", "folio binary (required)")
	tuitime := flag.String("tuitime", "", "tuitime binary, to time the reader's first screen")
	out := flag.String("out", "/tmp/hostile", "folder for the crafted files")
	only := flag.String("only", "", "only the shapes whose name matches this regular expression")
	sizes := flag.String("sizes", "2000000,8388608", "file sizes in bytes, comma-separated")
	timeout := flag.Duration("timeout", 120*time.Second, "give up on a run after")
	list := flag.Bool("list", false, "list the shapes and exit")
	flag.Parse()
	if *list {
		for _, s := range shapes {
			fmt.Printf("%-18s %s\n", s.name, s.what)
		}
		return
	}
	if *folio == "" {
		fmt.Fprintln(os.Stderr, "usage: hostile -folio BIN [-tuitime BIN] [-only RE] [-sizes N,N] [-out DIR]")
		os.Exit(2)
	}
	re, err := regexp.Compile(*only)
	if err != nil {
		fail(err)
	}
	var ns []int
	for _, f := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			fail(fmt.Errorf("-sizes: %w", err))
		}
		ns = append(ns, n)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	if err := writePicture(filepath.Join(*out, "pic.png")); err != nil {
		fail(err)
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("folio %s; load at start %s\n\n", *folio, strings.Join(strings.Fields(string(load))[:3], " "))
	fmt.Println("| Shape | Size | show, piped: s, MiB | show, colour: s, MiB | pictures drawn: s, MiB | reader's first screen |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, s := range shapes {
		if !re.MatchString(s.name) {
			continue
		}
		for _, n := range ns {
			path := filepath.Join(*out, fmt.Sprintf("%s-%d.md", s.name, n))
			var b strings.Builder
			b.Grow(n + 1<<10)
			b.WriteString(marker + ": " + s.what + ".\n\n")
			s.gen(&b, n)
			if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
				fail(err)
			}
			base := []string{"show", path, "--no-bundled", "--width", "80"}
			row := []string{s.name, fmt.Sprintf("%.1f MB", float64(b.Len())/1e6)}
			row = append(row, timed(*timeout, *folio, append(base, "--color", "never", "--images", "off")...))
			row = append(row, timed(*timeout, *folio, append(base, "--color", "always", "--style", "dark", "--images", "off")...))
			if s.pictures {
				row = append(row, timed(*timeout, *folio, append(base, "--color", "always", "--style", "dark", "--images", "blocks")...))
			} else {
				row = append(row, "")
			}
			if *tuitime != "" {
				row = append(row, screen(*tuitime, *timeout, *folio, path, s.first))
			}
			fmt.Println("| " + strings.Join(row, " | ") + " |")
		}
	}
}

// timed runs folio under /usr/bin/time and gives its wall time and peak
// memory, marked ✗ past a bound, or how it failed.
func timed(timeout time.Duration, folio string, args ...string) string {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/usr/bin/time", append([]string{"-f", "%e %M", folio}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = nil // thrown away
	err := cmd.Run()
	if ctx.Err() != nil {
		return fmt.Sprintf("✗ over %s", timeout)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	f := strings.Fields(lines[len(lines)-1])
	if len(f) != 2 {
		return fmt.Sprintf("✗ %v: %s", err, lines[len(lines)-1])
	}
	secs, _ := strconv.ParseFloat(f[0], 64)
	kib, _ := strconv.Atoi(f[1])
	mark := ""
	if secs > showBound || kib > memBound {
		mark = "✗ "
	}
	status := ""
	if err != nil {
		status = fmt.Sprintf(" (%v: %s)", err, strings.Join(lines[:len(lines)-1], " "))
	}
	return fmt.Sprintf("%s%.2f s, %d MiB%s", mark, secs, kib>>10, status)
}

// screen times the reader's first screen, at 80×24, with tuitime: until
// it shows the file's first paragraph (the marker) and the shape's own
// first text.
func screen(tuitime string, timeout time.Duration, folio, path, first string) string {
	args := []string{"-r", "1", "-cols", "80", "-rows", "24", "-timeout", timeout.String(), "-want", marker}
	if first != "" {
		args = append(args, "-want", first)
	}
	out, err := exec.Command(tuitime, append(args, "--", folio, path)...).CombinedOutput()
	if err != nil {
		return fmt.Sprintf("✗ %v: %s", err, strings.TrimSpace(string(out)))
	}
	ms := 0
	for _, m := range regexp.MustCompile(`median (\d+) ms`).FindAllSubmatch(out, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		ms = max(ms, n)
	}
	if ms > screenBound {
		return fmt.Sprintf("✗ %d ms", ms)
	}
	return fmt.Sprintf("%d ms", ms)
}

// writePicture writes a small PNG for the picture shapes.
func writePicture(path string) error {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for y := range 48 {
		for x := range 64 {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 5), 128, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "hostile:", err)
	os.Exit(1)
}
