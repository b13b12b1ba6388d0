package main

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
)

// paged runs print with its output going through the pager: the
// config's pager, else $PAGER, else less -R. The pager shares folio's
// terminal, so colour stays on as it would be without it. A pager that
// quits before reading everything (q in less) is no error.
func (g *globals) paged(e *env, print func(e *env) error) error {
	cmdline, _ := g.pager(e)
	if strings.TrimSpace(cmdline) == "" {
		return print(e)
	}
	cmd := exec.Command("/bin/sh", "-c", cmdline)
	cmd.Stdout, cmd.Stderr = e.stdout, e.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("pager %q: %w", cmdline, err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("pager %q: %w", cmdline, err)
	}
	pe := *e
	pe.stdout = in
	perr := print(&pe)
	in.Close()
	werr := cmd.Wait()
	if perr != nil && !errors.Is(perr, syscall.EPIPE) {
		return perr
	}
	var xe *exec.ExitError
	if errors.As(werr, &xe) && xe.ExitCode() == 127 {
		return fmt.Errorf("pager %q: command not found", cmdline)
	}
	if werr != nil && !errors.As(werr, &xe) {
		return fmt.Errorf("pager %q: %w", cmdline, werr)
	}
	return nil
}
