//go:build !unix

package safefile

import "io/fs"

// foreign knows no owner or link count off unix: the type checks alone
// apply there.
func foreign(fs.FileInfo) string { return "" }

// Off unix an open cannot refuse a link itself; OpenLock checks with
// Lstat before and Stat after instead.
const (
	noFollow = 0
	nonBlock = 0
)
