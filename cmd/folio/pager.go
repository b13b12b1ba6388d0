package main

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"

	"github.com/folio-reader/folio/internal/termsafe"
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
	// The pager is a program of its own that draws on the terminal:
	// what folio gives it passes the guard (below); what it draws is its.
	cmd.Stdout, cmd.Stderr = e.rawStdout(), underlying(e.stderr)
	in, err := cmd.StdinPipe()
	if err != nil {
		return fmt.Errorf("pager %q: %w", cmdline, err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("pager %q: %w", cmdline, err)
	}
	pe := *e
	pe.stdout = asGuard(in)
	pe.stdout.(*termsafe.Guard).KeepOwn(e.color())
	perr := print(&pe)
	_ = pe.stdout.(*termsafe.Guard).Flush()
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
