//go:build race

package lists

// raceEnabled is set when the tests run with -race.
const raceEnabled = true
