//go:build linux

// Command tuitime runs a terminal program in a pseudo-terminal of its
// own and reports when text first appears in what it writes: the time
// from launch to the first frame of folio's Articles list, and to the
// frame that lists a whole folder.
//
//	go run ./tools/tuitime -r 5 -want 'Articles' -want '10002 articles' -- /tmp/folio --dir /tmp/lib10k
//
// Each -want is timed from launch to the first output that holds it
// (escape codes removed). The program gets q, then is killed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/folio-reader/folio/tools/internal/pty"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ", ") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	var wants list
	flag.Var(&wants, "want", "text to time (repeatable)")
	runs := flag.Int("r", 5, "runs")
	cols := flag.Int("cols", 100, "terminal width")
	rows := flag.Int("rows", 30, "terminal height")
	timeout := flag.Duration("timeout", 20*time.Second, "give up after")
	flag.Parse()
	if flag.NArg() == 0 || len(wants) == 0 {
		fmt.Fprintln(os.Stderr, "usage: tuitime [-r N] -want TEXT... -- PROGRAM [ARGS]")
		os.Exit(2)
	}
	times := make([][]time.Duration, len(wants))
	for r := range *runs {
		got, err := run(flag.Args(), wants, *cols, *rows, *timeout)
		if err != nil {
			fmt.Fprintln(os.Stderr, "tuitime:", err)
			os.Exit(1)
		}
		var parts []string
		for i, d := range got {
			times[i] = append(times[i], d)
			parts = append(parts, fmt.Sprintf("%q %s", wants[i], ms(d)))
		}
		fmt.Printf("run %d: %s\n", r+1, strings.Join(parts, ", "))
	}
	for i, w := range wants {
		slices.Sort(times[i])
		fmt.Printf("%q: median %s, min %s, max %s\n", w, ms(times[i][len(times[i])/2]), ms(times[i][0]), ms(times[i][len(times[i])-1]))
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000) }

var codes = regexp.MustCompile(`\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]`)

// run starts the program in a new pseudo-terminal and times each want.
func run(args, wants []string, cols, rows int, timeout time.Duration) ([]time.Duration, error) {
	master, slave, err := pty.Open(cols, rows)
	if err != nil {
		return nil, err
	}
	defer master.Close()
	cmd := exec.Command(args[0], args[1:]...)
	// screen: as under tmux, the program asks the terminal nothing
	cmd.Env = append(os.Environ(), "TERM=screen-256color")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	slave.Close()
	defer func() {
		_, _ = master.Write([]byte("q"))
		time.Sleep(50 * time.Millisecond)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()

	// a pseudo-terminal's read may not honour its deadline: past the
	// timeout the program is killed, which ends the read
	killer := time.AfterFunc(timeout, func() { _ = cmd.Process.Kill() })
	defer killer.Stop()
	got := make([]time.Duration, len(wants))
	found := 0
	var screen []byte // recent output, codes removed
	buf := make([]byte, 64<<10)
	deadline := time.Now().Add(timeout)
	for found < len(wants) {
		_ = master.SetReadDeadline(deadline)
		n, err := master.Read(buf)
		if err != nil {
			return nil, fmt.Errorf("after %s, %d of %d texts seen: %v", ms(time.Since(start)), found, len(wants), err)
		}
		at := time.Since(start)
		screen = append(screen, codes.ReplaceAll(buf[:n], nil)...)
		if len(screen) > 256<<10 {
			screen = screen[len(screen)-128<<10:]
		}
		for i, w := range wants {
			if got[i] == 0 && bytes.Contains(screen, []byte(w)) {
				got[i] = at
				found++
			}
		}
	}
	return got, nil
}
