package synth

import (
	"cmp"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// ReadAll is the floor folio's load targets are set against: walk the
// folder, then read every file with 8 goroutines and do nothing with
// the bytes.
func ReadAll(dir string) error {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	next := make(chan string)
	for range 8 {
		wg.Go(func() {
			for p := range next {
				if _, err := os.ReadFile(p); err != nil {
					mu.Lock()
					first = cmp.Or(first, err)
					mu.Unlock()
				}
			}
		})
	}
	for _, p := range paths {
		next <- p
	}
	close(next)
	wg.Wait()
	return first
}

// Age sets the modification time of every file under dir an hour back:
// an index cache does not keep files changed in the last few seconds,
// whose size and time may not yet tell a later change apart.
func Age(dir string) error {
	old := time.Now().Add(-time.Hour)
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil {
			err = os.Chtimes(p, old, old)
		}
		return err
	})
}
