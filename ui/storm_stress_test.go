//go:build stress

package ui

// stormSteps is how many messages each case of TestKeyStorm sends under
// -tags stress, as CI runs it: go test -race -tags stress -run TestKeyStorm ./ui/
const stormSteps = 3000
