package main

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// quitOnHangup quits the reader when its terminal goes away (SIGHUP: the
// window closed, the ssh connection dropped), the way Bubble Tea already
// does for SIGINT and SIGTERM, so that the session's place is saved
// rather than lost with the process. stop stops listening and says
// whether the hangup came.
func quitOnHangup(p interface{ Quit() }) (stop func() (hungUp bool)) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	var came atomic.Bool
	go func() {
		select {
		case <-hup:
			came.Store(true)
			p.Quit()
		case <-done:
		}
	}()
	return func() bool {
		signal.Stop(hup)
		close(done)
		return came.Load()
	}
}
