package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/adrg/xdg"
)

// DefaultPath returns where folio keeps its state: the user's state
// directory (XDG_STATE_HOME or ~/.local/state on Linux, the platform's own
// application-data directory elsewhere) plus folio/state.json. State is not
// configuration and not cache: losing it loses the user's places.
func DefaultPath() (string, error) {
	return xdg.StateFile(filepath.Join("folio", "state.json"))
}

// Store is the state file on disk. All reads and writes happen under an
// exclusive lock on a ".lock" file beside it, so several folio processes can
// share one state file without losing each other's updates. A Store is safe
// for use by several goroutines.
type Store struct {
	path string

	mu sync.Mutex
	// memOnly, when non-empty, says why the file must not be written this
	// session (e.g. a corrupt file could not be set aside); mem then holds
	// the state and the file is never touched again.
	memOnly  string
	mem      State
	warnings []string
}

// Open reads the state file at path, creating its directory (0700) if needed.
//
// It never fails because of what is on disk: a missing file is an empty
// state; a corrupt or unreadable file is renamed to path.corrupt-<time> and
// folio starts empty; if even that is impossible, the Store keeps state in
// memory only and never writes over the file. Each such event is described
// in the returned warnings, which the caller should show to the user. The
// error is non-nil only for an empty path.
func Open(path string) (*Store, State, []string, error) {
	if path == "" {
		return nil, State{}, nil, errors.New("state: empty path")
	}
	s := &Store{path: path}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		s.disable(fmt.Sprintf("cannot create state directory: %v", err), empty())
		return s, empty(), s.Warnings(), nil
	}
	st, warns := s.Load()
	return s, st, warns, nil
}

// Path returns the state file's path, for messages.
func (s *Store) Path() string { return s.path }

// Load re-reads the state file under the lock, so the caller sees what
// other folio processes saved since. It sets aside a corrupt file exactly as
// Open does and returns warnings describing anything that went wrong.
func (s *Store) Load() (State, []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.memOnly != "" {
		return s.mem.clone(), s.drain()
	}
	unlock, err := lockPath(s.path+".lock", openWait)
	if err != nil {
		// Without the lock it is not safe to rename or write anything, but
		// a good file can still be read: the writer renames atomically.
		st, problem := readFile(s.path)
		if problem == nil && errors.Is(err, errHeld) {
			// Another folio is slow to let go: go on with what it last
			// saved rather than keep the first screen blank; Update takes
			// the lock when it is free.
			s.warn(fmt.Sprintf("state file %s: %v; started with what was last saved, without waiting; changes will be saved once the lock is free", s.path, err))
			return st, s.drain()
		}
		if problem != nil {
			s.disable(fmt.Sprintf("cannot lock (%v) and %v; starting empty", err, problem), empty())
		} else {
			s.disable(fmt.Sprintf("cannot lock: %v", err), st)
		}
		return s.mem.clone(), s.drain()
	}
	defer unlock()
	removeTemps(s.path)
	st := s.readLocked()
	if s.memOnly != "" {
		return s.mem.clone(), s.drain()
	}
	return st, s.drain()
}

// Update changes the state on disk: under the lock it re-reads the file,
// applies fn to that fresh state, and writes the result atomically. fn must
// therefore express a change (set this article's position, flip that flag),
// not replace the whole state, so that what other processes saved in the
// meantime survives. fn may be called with a state that differs from the
// last one Load returned; it must not keep the pointer.
//
// One Update costs a read, a write and two fsyncs of a small file: fine on
// each article close, too slow for each keystroke.
//
// A non-nil error means the change was not saved. When the Store is in
// memory-only mode (see Open), fn is applied in memory and nil is returned.
// Problems that did not stop the save (a corrupt file found and set aside)
// are reported by Warnings.
func (s *Store) Update(fn func(*State)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.memOnly == "" {
		unlock, err := lockPath(s.path+".lock", lockTimeout)
		if err != nil {
			return fmt.Errorf("state: not saved: %w", err)
		}
		defer unlock()
		if st := s.readLocked(); s.memOnly == "" {
			return s.write(st, fn)
		}
	}
	fn(&s.mem)
	s.mem.Version, s.mem.Updated = Version, now()
	return nil
}

// write applies fn to st and saves the result; the caller holds the lock.
func (s *Store) write(st State, fn func(*State)) error {
	fn(&st)
	st.Version, st.Updated = Version, now()
	data, err := json.MarshalIndent(st, "", "\t")
	if err == nil {
		err = writeAtomic(s.path, append(data, '\n'))
	}
	if err != nil {
		return fmt.Errorf("state: not saved: %w", err)
	}
	return nil
}

// Warnings returns, and forgets, the problems met since the last call
// (Open and Load return theirs directly). Call it after Update to learn
// that a state file corrupted by something else was set aside.
func (s *Store) Warnings() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.drain()
}

func (s *Store) drain() []string {
	w := s.warnings
	s.warnings = nil
	return w
}

// disable switches to memory-only mode with st as the state.
func (s *Store) disable(why string, st State) {
	s.memOnly = why
	s.mem = st
	s.warn(fmt.Sprintf("state file %s: %s; changes this session will not be saved", s.path, why))
}

func (s *Store) warn(msg string) { s.warnings = append(s.warnings, msg) }
