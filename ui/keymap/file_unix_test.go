//go:build unix

package keymap

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A keys file that is a FIFO or a link to /dev/zero is refused with an
// error naming it, at once: never waited on, never read without end.
func TestKeysFileThatIsNotAFile(t *testing.T) {
	for name, setUp := range map[string]func(string) error{
		"fifo":    func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"devzero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "keys.toml")
			if err := setUp(path); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { _, err := Load(path); done <- err }()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "not a regular file") {
					t.Errorf("error %v, want one naming %s", err, path)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Load hung")
			}
		})
	}
}
