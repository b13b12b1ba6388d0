package state

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/folio-reader/folio/internal/safefile"
)

// lockTimeout bounds how long Update waits for another folio process. The
// lock is held only for one small read and write, so waiting this long means
// something is stuck, and the UI must not hang on it.
var lockTimeout = 10 * time.Second

// openWait bounds how long Open and Load wait for the lock before reading
// the file without it: folio's first screen waits on them.
var openWait = time.Second

// errHeld is wrapped by lockPath's error when another process kept the
// lock past the wait.
var errHeld = errors.New("held by another folio")

// lockPath takes the exclusive lock on the lock file at path, creating it if
// needed, waiting at most wait, and returns the function that releases it.
// The lock file is never deleted: deleting a lock file races with processes
// about to lock it. A link or anything else folio did not make at path is
// refused (safefile.OpenLock), never followed, written or truncated. The
// holder writes its process ID in its own lock file, so that a process
// kept waiting can say which one it waits for.
func lockPath(path string, wait time.Duration) (unlock func(), err error) {
	f, _, err := safefile.OpenLock(path)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(wait)
	delay := 100 * time.Microsecond
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if ok {
			// OpenLock has checked the file is folio's: a regular file
			// with one link, the user's own.
			_ = f.Truncate(0)
			_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
			return func() {
				_ = unlockFile(f)
				f.Close()
			}, nil
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w%s for over %v", path, errHeld, holder(path), wait)
		}
		time.Sleep(delay)
		delay = min(2*delay, 20*time.Millisecond)
	}
}

// holder names the process that last took the lock at path, as " (process
// N)", or "" when the lock file does not say.
func holder(path string) string {
	data, err := safefile.ReadRegular(path, 32)
	if err != nil || len(data) > 32 {
		return ""
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 0 {
		return ""
	}
	return fmt.Sprintf(" (process %d)", pid)
}
