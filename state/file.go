package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/folio-reader/folio/internal/safefile"
)

// renameFile is os.Rename; tests replace it to simulate a file that cannot
// be set aside.
var renameFile = os.Rename

// maxFileSize caps what is read of a state file: a real one holds a few
// hundred bytes per article read.
const maxFileSize = 64 << 20

// readFile reads and decodes the state file. A missing file is an empty
// state and no problem; a FIFO, a device, a folder or a file over
// maxFileSize is a problem, never waited on or read without end.
func readFile(path string) (State, error) {
	data, err := safefile.ReadRegular(path, maxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return empty(), nil
	}
	if err != nil {
		return State{}, fmt.Errorf("unreadable: %w", err)
	}
	return decode(data)
}

// decode parses a state file. Anything that is not exactly a state of this
// Version is an error, so that it is set aside rather than half-understood.
func decode(data []byte) (State, error) {
	if len(data) == 0 {
		return State{}, errors.New("empty file")
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return State{}, fmt.Errorf("invalid JSON (truncated or damaged): %w", err)
	}
	if st.Version != Version {
		return State{}, fmt.Errorf("version %d, this folio reads version %d", st.Version, Version)
	}
	if st.Articles == nil {
		st.Articles = map[string]Article{}
	}
	st.paths = new(pathIndex)
	for k, a := range st.Articles {
		if p := a.Position; p != nil {
			p.Index, p.Offset = max(p.Index, 0), max(p.Offset, 0)
		}
		st.Articles[k] = a
	}
	return st, nil
}

// readLocked reads the state file while s holds the lock. A path that
// holds something folio did not make (a link, another program's file) is
// read if it can be but never written, renamed or set aside: s goes on in
// memory and says why. A file of folio's own that is unusable is set
// aside and an empty state returned; if it cannot be set aside, s
// switches to memory-only mode so the file is never written over.
func (s *Store) readLocked() State {
	if err := safefile.CheckOwn(s.path); err != nil {
		st, problem := readFile(s.path)
		if problem != nil {
			st = empty()
		}
		s.disable(fmt.Sprintf("%v; folio leaves it as it is", errors.Unwrap(err)), st)
		return st
	}
	st, problem := readFile(s.path)
	if problem == nil {
		return st
	}
	aside, err := setAside(s.path)
	if err != nil {
		s.disable(fmt.Sprintf("%v, and it could not be set aside (%v); starting empty and leaving it as it is", problem, err), empty())
		return empty()
	}
	s.warn(fmt.Sprintf("state file %s was unusable (%v); moved it to %s and started with an empty state", s.path, problem, aside))
	return empty()
}

// setAside renames folio's own unusable state file to
// path.corrupt-<UTC time>, never replacing an existing file, and returns
// the new name. The caller has checked that path is folio's (CheckOwn).
func setAside(path string) (string, error) {
	base := path + ".corrupt-" + now().UTC().Format("20060102T150405.000000000Z")
	name := base
	for i := 1; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			break
		}
		if i > 1000 {
			return "", fmt.Errorf("%s-1…%d all exist", base, i)
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
	if err := renameFile(path, name); err != nil {
		return "", err
	}
	return name, nil
}
