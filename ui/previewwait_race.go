//go:build race

package ui

import "time"

// previewWait is longer under the race detector, which makes a preview
// about ten times slower: the first frame still shows text there, as the
// tests expect of it. A release build is never built with -race.
const previewWait = time.Second
