package state

import (
	"fmt"
	"os"
	"time"
)

// lockTimeout bounds how long Update waits for another folio process. The
// lock is held only for one small read and write, so waiting this long means
// something is stuck, and the UI must not hang on it.
var lockTimeout = 10 * time.Second

// lockPath takes the exclusive lock on the lock file at path, creating it if
// needed, and returns the function that releases it. The lock file is never
// deleted: deleting a lock file races with processes about to lock it.
func lockPath(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockTimeout)
	delay := 100 * time.Microsecond
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if ok {
			return func() {
				_ = unlockFile(f)
				f.Close()
			}, nil
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, fmt.Errorf("lock %s: still held by another folio after %v", path, lockTimeout)
		}
		time.Sleep(delay)
		delay = min(2*delay, 20*time.Millisecond)
	}
}
