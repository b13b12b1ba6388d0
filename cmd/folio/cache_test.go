package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/adrg/xdg"
)

// TestMain points the index cache at a folder of its own, so that the
// tests never write to the user's cache.
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main() // the test binary as folio itself, for scripts that call it (cobra_test.go)
	}
	dir, err := os.MkdirTemp("", "folio-cmd-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	os.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config")) // never the user's config.toml
	os.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))     // never the user's saved articles
	os.Unsetenv("FOLIO_CONFIG")
	os.Unsetenv(noCacheEnv)
	xdg.Reload()
	code := m.Run()
	os.RemoveAll(dir)
	if listBenchDir != "" {
		os.RemoveAll(listBenchDir)
	}
	os.Exit(code)
}

func TestListThroughTheIndexCache(t *testing.T) {
	dir := fixtureDir(t, fixtures)
	index := filepath.Join(xdg.CacheHome, "folio", "index")
	before, _ := filepath.Glob(filepath.Join(index, "*.idx"))

	t.Setenv(noCacheEnv, "1")
	uncached, _, code := folio(t, "list", "--dir", dir, "--json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if after, _ := filepath.Glob(filepath.Join(index, "*.idx")); len(after) != len(before) {
		t.Fatalf("%s set, yet an index was written: %v", noCacheEnv, after)
	}

	t.Setenv(noCacheEnv, "")
	for range 2 {
		out, _, code := folio(t, "list", "--dir", dir, "--json")
		if code != exitOK || out != uncached {
			t.Fatalf("exit %d; through the cache the list differs:\n%s\nwant\n%s", code, out, uncached)
		}
	}
	if after, _ := filepath.Glob(filepath.Join(index, "*.idx")); len(after) != len(before)+1 {
		t.Fatalf("no index written for %s: %v", dir, after)
	}
}
