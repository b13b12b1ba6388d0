//go:build !stress

package ui

// stormSteps is how many messages each case of TestKeyStorm sends by
// default: enough to walk every screen, quick enough for every run.
const stormSteps = 300
