package main

import (
	"os"
	"os/signal"
	"syscall"
)

// quitOnHangup quits the reader when its terminal goes away (SIGHUP: the
// window closed, the ssh connection dropped), the way Bubble Tea already
// does for SIGINT and SIGTERM, so that the session's place is saved
// rather than lost with the process. It returns a function that stops
// listening.
func quitOnHangup(p interface{ Quit() }) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-hup:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(hup)
		close(done)
	}
}
