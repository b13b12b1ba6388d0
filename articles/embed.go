// Package articles holds the articles bundled with folio, byte-for-byte as
// they were written, so the binary works from any directory.
package articles

import "embed"

// FS holds every bundled article at its root.
//
//go:embed *.md *.txt
var FS embed.FS
