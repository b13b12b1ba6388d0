package library

import (
	"path/filepath"
	"strings"
	"testing"
)

// displayPath is filepath.Join of the source's name and the path walked,
// whether the name is clean or not.
func TestDisplayPathIsJoin(t *testing.T) {
	t.Parallel()
	names := []string{"lib", "/tmp/scale/rev100", "./lib", "lib/", "lib//x", "/", ".", "..", "../lib", "a/../b", "/a/./b/"}
	paths := []string{"x.md", "en/guides/islands.md", ".hidden/x.md", "a b/ü.md"}
	for _, n := range names {
		for _, p := range paths {
			want := filepath.Join(n, filepath.FromSlash(p))
			if got := displayPath(Source{Name: n}, p); got != want {
				t.Errorf("displayPath(%q, %q) = %q, want %q", n, p, got, want)
			}
		}
		if got := displayPath(Source{Name: n}, "."); got != n {
			t.Errorf("displayPath(%q, \".\") = %q, want the name", n, got)
		}
	}
	// The names a load's worker makes are displayPath's, each whole.
	w := newLoadWorker(true, false)
	var made []string
	for _, n := range append(names, "") {
		for _, p := range append(paths, ".", strings.Repeat("long/", 1000)+"x.md") {
			for range namesBlock / 64 { // past a block's end
				j := &loadJob{sourceLoad: &sourceLoad{src: Source{Name: n}, joinsNames: joinsNames(n)}, path: p}
				made = append(made, w.name(j))
			}
		}
	}
	k := 0
	for _, n := range append(names, "") {
		for _, p := range append(paths, ".", strings.Repeat("long/", 1000)+"x.md") {
			for range namesBlock / 64 {
				if want := displayPath(Source{Name: n}, p); made[k] != want {
					t.Fatalf("worker's name of %q in %q = %q, want %q", p, n, made[k], want)
				}
				k++
			}
		}
	}
	if got := displayPath(Source{}, "a/b.md"); got != "a/b.md" {
		t.Errorf("displayPath of a source with no name = %q, want the path", got)
	}
}
