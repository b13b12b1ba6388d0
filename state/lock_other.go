//go:build !windows && (!unix || aix)

package state

import (
	"os"
	"sync"
)

// On platforms without flock (plan9, wasm, aix) there is no cross-process
// lock: two folio processes may lose an update. Stores within one process
// still exclude each other, keyed by lock-file name.
var (
	heldMu sync.Mutex
	held   = map[string]bool{}
)

func tryLock(f *os.File) (bool, error) {
	heldMu.Lock()
	defer heldMu.Unlock()
	if held[f.Name()] {
		return false, nil
	}
	held[f.Name()] = true
	return true, nil
}

func unlockFile(f *os.File) error {
	heldMu.Lock()
	defer heldMu.Unlock()
	delete(held, f.Name())
	return nil
}
