// Package watch reports changes to the article files under folders,
// recursively, in debounced batches. It uses fsnotify; new subfolders
// are watched as they appear.
package watch

import (
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watcher sends the paths of changed, added or removed article files.
type Watcher struct {
	fsw      *fsnotify.Watcher
	exts     []string
	debounce time.Duration
	maxWait  time.Duration // a change is sent at most this long after it, however many follow
	out      chan []string
	done     chan struct{}
}

// MaxWait is the longest a change waits to be sent while more keep
// coming: the debounce restarts with each change, up to this.
const MaxWait = time.Second

// New watches dirs and everything under them. A path is an article
// file when it ends in one of exts (case-insensitive). Paths are sent as
// filepath.Join(dir, the path inside), the way the library shows them.
// A batch is sent once no change has come for debounce, or MaxWait after
// its first change, whichever is sooner.
func New(dirs, exts []string, debounce time.Duration) (*Watcher, error) {
	return newWatcher(dirs, exts, debounce, max(MaxWait, debounce))
}

func newWatcher(dirs, exts []string, debounce, maxWait time.Duration) (*Watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{fsw: fsw, exts: exts, debounce: debounce, maxWait: maxWait, out: make(chan []string), done: make(chan struct{})}
	for _, d := range dirs {
		if _, err := w.addTree(filepath.Clean(d)); err != nil {
			fsw.Close()
			return nil, err
		}
	}
	go w.run()
	return w, nil
}

// Changes delivers each batch; it is closed when the watcher closes.
func (w *Watcher) Changes() <-chan []string { return w.out }

// Close stops watching.
func (w *Watcher) Close() error {
	err := w.fsw.Close()
	<-w.done
	return err
}

// addTree watches dir and its subfolders and returns the article files
// already in them (a folder moved or created with files in it).
func (w *Watcher) addTree(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // a subfolder gone or unreadable: skip it
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return w.fsw.Add(p)
		}
		if w.article(p) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

func (w *Watcher) article(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range w.exts {
		if ext == e {
			return true
		}
	}
	return false
}

func (w *Watcher) run() {
	defer close(w.done)
	defer close(w.out)
	pending := map[string]bool{}
	var timer <-chan time.Time
	var deadline time.Time // MaxWait after the batch's first change
	for {
		var out chan []string
		var batch []string
		if timer == nil && len(pending) > 0 {
			out = w.out
			batch = sorted(pending)
		}
		select {
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			had := len(pending) > 0
			w.event(ev, pending)
			if len(pending) > 0 {
				if !had {
					deadline = time.Now().Add(w.maxWait)
				}
				if wait := min(w.debounce, time.Until(deadline)); wait > 0 {
					timer = time.After(wait)
				} else {
					timer = nil // due: the writes have not stopped, send anyway
				}
			}
		case _, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
		case <-timer:
			timer = nil
		case out <- batch:
			pending = map[string]bool{}
		}
	}
}

// event records what ev changed: an article file, or the files of a
// folder that appeared (which is watched from now on).
func (w *Watcher) event(ev fsnotify.Event, pending map[string]bool) {
	p := filepath.Clean(ev.Name)
	if ev.Has(fsnotify.Create) {
		if files, err := w.addTree(p); err == nil {
			for _, f := range files {
				pending[f] = true
			}
		}
	}
	if w.article(p) && ev.Op != fsnotify.Chmod {
		pending[p] = true
	}
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}
