//go:build !race

package ui

import "time"

// previewWait is how long Update waits for a first screen before showing
// the spinner: a usual preview takes a few milliseconds, and a keystroke
// (ctrl+c among them) is never held longer than this by a render.
const previewWait = 80 * time.Millisecond
