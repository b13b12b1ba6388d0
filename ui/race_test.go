//go:build race

package ui

// raceEnabled is set when the tests run with -race, which makes the
// longest tests several times slower.
const raceEnabled = true
