package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadRegular(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.toml")
	os.WriteFile(ok, []byte("a = 1\n"), 0o644)
	big := filepath.Join(dir, "big.toml")
	os.WriteFile(big, make([]byte, 2000), 0o644)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "link")
	os.Symlink(ok, link)

	if d, err := ReadRegular(ok, 1000); err != nil || string(d) != "a = 1\n" {
		t.Errorf("regular file: %q, %v", d, err)
	}
	if d, err := ReadRegular(link, 1000); err != nil || string(d) != "a = 1\n" {
		t.Errorf("a link to a regular file: %q, %v", d, err)
	}
	if _, err := ReadRegular(filepath.Join(dir, "absent"), 1000); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("absent: %v, want ErrNotExist", err)
	}
	for path, want := range map[string]string{big: "too large", fifo: "named pipe", dir: "folder", "/dev/zero": "device"} {
		done := make(chan error, 1)
		go func() { _, err := ReadRegular(path, 1000); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
				t.Errorf("%s: error %v, want one naming it and %q", path, err, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: ReadRegular hung", path)
		}
	}
}
