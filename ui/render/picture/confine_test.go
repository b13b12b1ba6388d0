//go:build unix

package picture

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// A cache made with folders draws only what lies inside them: an
// absolute path elsewhere, a path climbing with ../ and a link out are
// noted in place of the picture and never read; a pipe inside is an
// error, not a wait.
func TestCacheConfinesToFolders(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	lib, outside := filepath.Join(base, "lib"), filepath.Join(base, "outside")
	for _, d := range []string{lib, filepath.Join(lib, "posts"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	pic := func(p string) {
		var b bytes.Buffer
		png.Encode(&b, gradient(4, 4))
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pic(filepath.Join(lib, "in.png"))
	pic(filepath.Join(outside, "out.png"))
	must(t, os.Symlink(filepath.Join(outside, "out.png"), filepath.Join(lib, "link.png")))
	must(t, os.Symlink(outside, filepath.Join(lib, "linkdir")))
	must(t, syscall.Mkfifo(filepath.Join(lib, "pipe.png"), 0o600))

	c := NewCache(lib)
	defer c.Close()
	draw := func(image.Image) ([]string, error) { return []string{"drawn"}, nil }
	for _, tc := range []struct {
		path, want string
	}{
		{filepath.Join(lib, "in.png"), "drawn"},
		{filepath.Join(lib, "posts", "..", "in.png"), "drawn"},
		{filepath.Join(outside, "out.png"), "(out.png not shown: outside the library's folders)"},
		{filepath.Join(lib, "posts") + "/../../outside/out.png", "(out.png not shown: outside the library's folders)"},
		{filepath.Join(lib, "link.png"), "(link.png not shown: a link out of the library's folders)"},
		{filepath.Join(lib, "linkdir", "out.png"), "(out.png not shown: a link out of the library's folders)"},
		{filepath.Join(lib, "pipe.png"), "error: read " + filepath.Join(lib, "pipe.png") + ": not a regular file (a named pipe)"},
	} {
		done := make(chan string, 1)
		go func() {
			lines, err := c.Draw(tc.path, 60, 5, 0, 0, draw)
			if err != nil {
				done <- "error: " + err.Error()
				return
			}
			done <- strings.TrimSpace(strings.Join(lines, "\n"))
		}()
		select {
		case got := <-done:
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("%s: %q, want %q", tc.path, got, tc.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: Draw hung", tc.path)
		}
	}
	if lines, _ := NewCache().Draw(filepath.Join(lib, "in.png"), 60, 5, 0, 0, draw); !strings.Contains(lines[0], "not shown") {
		t.Errorf("a cache with no folders drew %q", lines)
	}
	if lines, _ := c.Draw(filepath.Join(outside, "out.png"), 12, 5, 0, 0, draw); len([]rune(strings.TrimSpace(lines[0]))) > 12 {
		t.Errorf("the note %q is wider than 12 cells", lines[0])
	}
}

// A picture referred to many times, by renders at once, is decoded and
// drawn once; different pictures are decoded one at a time.
func TestCacheDecodesOnce(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a.png", "b.png", "c.png"} {
		var b bytes.Buffer
		png.Encode(&b, gradient(64, 64))
		p := filepath.Join(dir, n)
		must(t, os.WriteFile(p, b.Bytes(), 0o644))
		paths = append(paths, p)
	}
	c := NewCache(dir)
	defer c.Close()
	var draws, inside, most atomic.Int32
	draw := func(image.Image) ([]string, error) {
		n := inside.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		draws.Add(1)
		time.Sleep(5 * time.Millisecond)
		inside.Add(-1)
		return []string{"x"}, nil
	}
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			if _, err := c.Draw(paths[i%3], 40, 10, 0, 0, draw); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if draws.Load() != 3 {
		t.Errorf("drawn %d times for 3 pictures referred to 200 times, want 3", draws.Load())
	}
	if most.Load() != 1 {
		t.Errorf("%d pictures decoded at once, want 1", most.Load())
	}
}

// A picture past the pixel cap is refused from its header, before any
// decoding, with a note.
func TestPixelCap(t *testing.T) {
	t.Parallel()
	// A PNG header claiming 10,000×10,000 pixels, and no pixel data.
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	data := b.Bytes()
	copy(data[16:24], []byte{0, 0, 0x27, 0x10, 0, 0, 0x27, 0x10})
	binary.BigEndian.PutUint32(data[29:33], crc32.ChecksumIEEE(data[12:29]))
	p := filepath.Join(t.TempDir(), "huge.png")
	must(t, os.WriteFile(p, data, 0o644))
	c := NewCache(filepath.Dir(p))
	defer c.Close()
	lines, err := c.Draw(p, 80, 5, 0, 0, func(image.Image) ([]string, error) { t.Error("decoded"); return nil, nil })
	if err != nil || len(lines) != 1 || !strings.Contains(lines[0], "10000×10000 pixels, more than 30 megapixels") {
		t.Errorf("lines %q, err %v", lines, err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "one", "x.md")
	must(t, os.MkdirAll(filepath.Dir(file), 0o755))
	must(t, os.WriteFile(file, []byte("x"), 0o644))
	for _, tc := range []struct {
		path    string
		folders []string
		want    string
	}{
		{"lib/posts/x.md", []string{"lib"}, "lib"},
		{"lib/posts/x.md", []string{"./lib/"}, "lib"},
		{"lib/posts/x.md", []string{"lib", "lib/posts"}, "lib/posts"},
		{"library/x.md", []string{"lib"}, ""},
		{file, nil, filepath.Dir(file)},
		{"bundled/x.md", []string{"lib"}, ""},
		{"-", nil, ""},
		{"https://example.com/a", nil, ""},
	} {
		if got := Folder(tc.path, tc.folders); got != tc.want {
			t.Errorf("Folder(%q, %q) = %q, want %q", tc.path, tc.folders, got, tc.want)
		}
	}
}
