//go:build unix

package ui

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// An article file replaced by a named pipe (seen by --watch, or after
// the editor) is refused when read again, not waited on.
func TestReloadRefusesAPipe(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "a.md")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip(err)
	}
	done := make(chan fileChange, 1)
	go func() { done <- readChange(p) }()
	select {
	case c := <-done:
		if c.err == nil || !strings.Contains(c.err.Error(), "named pipe") || c.art != nil {
			t.Errorf("change %+v, want an error naming a named pipe", c)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading the pipe waited for a writer")
	}
}
