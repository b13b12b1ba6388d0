package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The key layer's rules, over the bindings KeyMap declares:
//   - a scope is the actions that answer keys together: one kind of
//     screen in one mode (browsing a list, reading, typing a filter…).
//     Two actions of one scope must not share a key; LoadKeys rejects a
//     keys file that makes them (a Problems line says which).
//   - ctrl+c quits on every screen, whatever a keys file binds
//     (isForceQuit).
//   - every action of a scope is in the help of its screens
//     (TestEveryActionInHelp).

// keyScope is one scope: its name and its actions as "section.action",
// the way a keys file spells them ("reader.next_heading"); "section.*"
// is every action of a section.
type keyScope struct {
	name    string
	typing  bool // the scope acts while text is typed
	actions []string
}

// keyScopes are folio's scopes. A binding that acts only in another
// mode (esc clearing a filter before going back) is layered on purpose
// and left out of the browsing scopes.
func keyScopes() []keyScope {
	return []keyScope{
		{"lists", false, []string{"global.*", "list.up", "list.down", "list.page_up", "list.page_down", "list.top", "list.bottom",
			"list.filter", "list.open", "marks.*", "nav.search", "nav.save_link", "nav.copy_link", "questions.*"}},
		{"reader", false, []string{"global.force_quit", "global.quit", "global.back", "global.help", "reader.*",
			"nav.find", "nav.find_next", "nav.find_prev", "nav.links", "nav.related", "nav.hist_back", "nav.hist_fwd",
			"marks.bookmark", "marks.problems", "marks.edit"}},
		{"typing a filter", true, []string{"global.force_quit", "list.accept_filter", "list.cancel_filter"}},
		{"typing a search", true, []string{"global.force_quit", "nav.find_accept", "nav.find_cancel"}},
		{"library search", true, []string{"global.force_quit", "search.*"}},
	}
}

// scopeActions lists a scope's actions by name, in a stable order.
func (k *KeyMap) scopeActions(sc keyScope) []string {
	sections := k.keySections()
	var out []string
	for _, a := range sc.actions {
		sec, act, _ := strings.Cut(a, ".")
		if act != "*" {
			out = append(out, a)
			continue
		}
		for _, name := range sortedKeys(sections[sec]) {
			out = append(out, sec+"."+name)
		}
	}
	return out
}

// binding is the binding of a "section.action" name.
func (k *KeyMap) binding(name string) *key.Binding {
	sec, act, _ := strings.Cut(name, ".")
	return k.keySections()[sec][act]
}

// conflicts are the pairs of actions of one scope that share a key, each
// said as a keys file would spell them.
func (k *KeyMap) conflicts() []string {
	var out []string
	for _, sc := range keyScopes() {
		owner := map[string]string{}
		for _, a := range k.scopeActions(sc) {
			for _, key := range k.binding(a).Keys() {
				if key == "ctrl+c" && a != "global.force_quit" {
					out = append(out, fmt.Sprintf("%s uses \"ctrl+c\", which always quits", spell(a)))
				}
				if o, ok := owner[key]; ok && o != a {
					out = append(out, fmt.Sprintf("%s and %s both use %q (%s)", spell(o), spell(a), key, sc.name))
					continue
				}
				owner[key] = a
			}
		}
	}
	return slices.Compact(out)
}

// spell is an action as a keys file writes it: [reader] next_heading.
func spell(name string) string {
	sec, act, _ := strings.Cut(name, ".")
	return "[" + sec + "] " + act
}

// isForceQuit reports ctrl+c, or what the keys file binds to force_quit:
// ctrl+c quits whatever a keys file says.
func isForceQuit(msg tea.KeyMsg, g GlobalKeys) bool {
	return msg.Type == tea.KeyCtrlC || key.Matches(msg, g.ForceQuit)
}

// typingKeys are the bindings that act while text is being typed, so a
// burst of runes holding one of them is taken a key at a time.
func (k *KeyMap) typingKeys() []key.Binding {
	var out []key.Binding
	for _, sc := range keyScopes() {
		for _, a := range k.scopeActions(sc) {
			if !sc.typing {
				break
			}
			out = append(out, *k.binding(a))
		}
	}
	return out
}
