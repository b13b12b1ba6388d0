//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"syscall"
	"time"

	"github.com/folio-reader/folio/tools/internal/pty"
)

var escapes = regexp.MustCompile(`\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]`)

// readerRun starts the reader on dir in a pseudo-terminal of 100x30 with
// the cache folder given and waits for want to be drawn: how long that
// took from launch, and the process's peak resident set and CPU time
// then. It then types q and waits for the reader to end.
func readerRun(folio, dir, cache, want string) (readerSample, error) {
	master, slave, err := pty.Open(100, 30)
	if err != nil {
		return readerSample{}, err
	}
	defer master.Close()
	cmd := exec.Command(folio, "--no-bundled", "--dir", dir)
	// screen: the program asks the terminal nothing, as under tmux
	cmd.Env = append(os.Environ(), "TERM=screen-256color", "XDG_CACHE_HOME="+cache, "FOLIO_NO_CACHE=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return readerSample{}, err
	}
	slave.Close()
	done := make(chan error, 1)
	defer func() {
		_, _ = master.Write([]byte("q"))
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}()
	go func() { done <- cmd.Wait() }()
	var screen []byte
	buf := make([]byte, 64<<10)
	deadline := start.Add(time.Minute)
	for {
		_ = master.SetReadDeadline(deadline)
		n, err := master.Read(buf)
		if err != nil {
			return readerSample{}, fmt.Errorf("reader: %q not seen after %s: %v", want, ms(time.Since(start)), err)
		}
		at := time.Since(start)
		screen = append(screen, escapes.ReplaceAll(buf[:n], nil)...)
		if bytes.Contains(screen, []byte(want)) {
			rss, cpu := procFigures(cmd.Process.Pid)
			return readerSample{listed: at, rss: rss, cpu: cpu}, nil
		}
		if len(screen) > 256<<10 {
			screen = screen[len(screen)-128<<10:]
		}
	}
}
