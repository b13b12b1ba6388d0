package ui

import "testing"

// nameSet answers as its map would: its first look at a name's length
// and first byte only spares the map.
func TestNameSet(t *testing.T) {
	t.Parallel()
	s := &nameSet{names: map[string]bool{}}
	for _, n := range []string{"kettles", "guide.md", "", "a"} {
		s.add(n)
	}
	for n, want := range map[string]bool{
		"kettles": true, "guide.md": true, "": true, "a": true,
		"kettle": false, "kettlex": false, "guide.mdx": false, "b": false, "ketchup": false,
		// the same length and first byte as a member, not a member
		"kxxxxxx": false,
	} {
		if got := s.has(n); got != want {
			t.Errorf("has(%q) = %v, want %v", n, got, want)
		}
	}
}
