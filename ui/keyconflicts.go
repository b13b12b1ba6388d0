package ui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
)

// KeyConflicts lists the keys a keys file (or config.toml's [keys]) gave
// an action that another action of the same section, or a global one,
// also has, so that one of the two never acts: reported, not silently
// shadowed. Overlaps folio's own defaults have (esc both clears a filter
// and goes back) are meant and not reported.
func KeyConflicts(km KeyMap) []string {
	def := DefaultKeyMap()
	got, want := km.keySections(), def.keySections()
	var out []string
	for _, sec := range sortedKeys(got) {
		for _, act := range sortedKeys(got[sec]) {
			keys := got[sec][act].Keys()
			if slices.Equal(keys, want[sec][act].Keys()) {
				continue // not remapped
			}
			for _, k := range keys {
				for _, other := range rivals(got, sec, act) {
					b := got[other.sec][other.act]
					if !slices.Contains(b.Keys(), k) || slices.Contains(want[other.sec][other.act].Keys(), k) && slices.Contains(want[sec][act].Keys(), k) {
						continue
					}
					out = append(out, fmt.Sprintf("[%s] %s: key %q is also [%s] %s's; one of them never acts", sec, act, k, other.sec, other.act))
				}
			}
		}
	}
	return out
}

type sectionAction struct{ sec, act string }

// rivals are the actions that can meet sec's act on one screen: the
// others of its section and the global ones; for a global action, every
// other action.
func rivals(secs map[string]map[string]*key.Binding, sec, act string) []sectionAction {
	var out []sectionAction
	which := []string{sec, "global"}
	if sec == "global" {
		which = sortedKeys(secs)
	}
	for _, s := range which {
		for _, a := range sortedKeys(secs[s]) {
			if s == sec && a == act || slices.Contains(out, sectionAction{s, a}) {
				continue
			}
			out = append(out, sectionAction{s, a})
		}
	}
	return out
}
