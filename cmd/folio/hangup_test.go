//go:build unix

package main

import (
	"syscall"
	"testing"
	"time"
)

type quitter chan struct{}

func (q quitter) Quit() { close(q) }

// TestHangupQuits: a SIGHUP sent to the process quits the program the way
// ctrl+c does, so that what the session has not saved is saved.
func TestHangupQuits(t *testing.T) {
	q := make(quitter)
	stop := quitOnHangup(q)
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	select {
	case <-q:
	case <-time.After(5 * time.Second):
		t.Fatal("SIGHUP did not quit the program")
	}
	if !stop() {
		t.Error("stop does not report the hangup")
	}
}
