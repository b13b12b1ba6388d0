//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Init never writes through or over what is at the path, a link to
// another file or to nothing included, and sweeps what a killed Init left.
func TestInitNeverOverAnything(t *testing.T) {
	for _, c := range []struct {
		name  string
		setUp func(p, victim string) error
	}{
		{"link", func(p, v string) error { return os.Symlink(v, p) }},
		{"dangling link", func(p, v string) error { return os.Symlink(v+".none", p) }},
		{"fifo", func(p, _ string) error { return syscall.Mkfifo(p, 0o600) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			victim := filepath.Join(dir, "victim")
			if err := os.WriteFile(victim, []byte("precious"), 0o600); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, "config.toml")
			if err := c.setUp(p, victim); err != nil {
				t.Fatal(err)
			}
			if err := Init(p); err == nil || !strings.Contains(err.Error(), "already exists") {
				t.Errorf("Init: %v, want already exists", err)
			}
			if b, _ := os.ReadFile(victim); string(b) != "precious" {
				t.Errorf("wrote through the link: %q", b)
			}
			if _, err := os.Stat(victim + ".none"); err == nil {
				t.Error("created the dangling link's target")
			}
		})
	}
	dir := t.TempDir()
	stale := filepath.Join(dir, initTemp+"123")
	if err := os.WriteFile(stale, []byte("torn"), 0o600); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(stale, old, old)
	if err := Init(filepath.Join(dir, "config.toml")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a killed Init's temporary file was not swept")
	}
}
