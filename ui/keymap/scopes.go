package keymap

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
//     Two actions of one scope must not share a key; Load rejects a
//     keys file that makes them (a Problems line says which).
//   - ctrl+c quits on every screen, whatever a keys file binds
//     (IsForceQuit).
//   - every action of a scope is in the help of its screens
//     (TestEveryActionInHelp, in ui).

// scope is one scope as declared: its name and its actions as
// "section.action", the way a keys file spells them
// ("reader.next_heading"); "section.*" is every action of a section.
type scope struct {
	name    string
	typing  bool // the scope acts while text is typed
	actions []string
}

// scopes are folio's scopes. A binding that acts only in another mode
// (esc clearing a filter before going back) is layered on purpose and
// left out of the browsing scopes.
func scopes() []scope {
	return []scope{
		{"lists", false, []string{"global.*", "list.up", "list.down", "list.page_up", "list.page_down", "list.top", "list.bottom",
			"list.filter", "list.open", "marks.*", "nav.search", "nav.save_link", "nav.copy_link", "questions.*", "reviews.*"}},
		{"reader", false, []string{"global.force_quit", "global.quit", "global.back", "global.help", "reader.*",
			"nav.find", "nav.find_next", "nav.find_prev", "nav.links", "nav.related", "nav.hist_back", "nav.hist_fwd",
			"marks.bookmark", "marks.problems", "marks.edit", "reviews.mark", "reviews.compare"}},
		{"typing a filter", true, []string{"global.force_quit", "list.accept_filter", "list.cancel_filter"}},
		{"typing a search", true, []string{"global.force_quit", "nav.find_accept", "nav.find_cancel"}},
		{"library search", true, []string{"global.force_quit", "search.*"}},
	}
}

// Scope is the actions that answer keys together, with their bindings.
type Scope struct {
	Name    string
	Typing  bool // the scope acts while text is typed
	Actions []Action
}

// Action is one action of a scope: its name as "section.action" and its
// binding in the KeyMap.
type Action struct {
	Name    string
	Binding *key.Binding
}

// Spell is the action as a keys file writes it: [reader] next_heading.
func (a Action) Spell() string { return spell(a.Name) }

// Scopes are the KeyMap's scopes, each with its actions in a stable
// order.
func (k *KeyMap) Scopes() []Scope {
	sections := k.sections()
	var out []Scope
	for _, sc := range scopes() {
		s := Scope{Name: sc.name, Typing: sc.typing}
		for _, a := range sc.actions {
			sec, act, _ := strings.Cut(a, ".")
			if act != "*" {
				s.Actions = append(s.Actions, Action{a, sections[sec][act]})
				continue
			}
			for _, name := range sortedKeys(sections[sec]) {
				s.Actions = append(s.Actions, Action{sec + "." + name, sections[sec][name]})
			}
		}
		out = append(out, s)
	}
	return out
}

// Conflicts are the pairs of actions of one scope that share a key, each
// said as a keys file would spell them.
func (k *KeyMap) Conflicts() []string {
	var out []string
	for _, c := range k.conflicts() {
		out = append(out, c.String())
	}
	return slices.Compact(out)
}

// conflict is two actions of one scope sharing a key, or an action
// using ctrl+c (other is empty).
type conflict struct {
	scope, key, one, other string
}

func (c conflict) String() string {
	if c.other == "" {
		return fmt.Sprintf("%s uses %q, which always quits", spell(c.one), c.key)
	}
	return fmt.Sprintf("%s and %s both use %q (%s)", spell(c.one), spell(c.other), c.key, c.scope)
}

func (k *KeyMap) conflicts() []conflict {
	var out []conflict
	for _, sc := range k.Scopes() {
		owner := map[string]string{}
		for _, a := range sc.Actions {
			for _, key := range a.Binding.Keys() {
				if key == "ctrl+c" && a.Name != "global.force_quit" {
					out = append(out, conflict{scope: sc.Name, key: key, one: a.Name})
				}
				if o, ok := owner[key]; ok && o != a.Name {
					out = append(out, conflict{scope: sc.Name, key: key, one: o, other: a.Name})
					continue
				}
				owner[key] = a.Name
			}
		}
	}
	return out
}

// spell is an action as a keys file writes it: [reader] next_heading.
func spell(name string) string {
	sec, act, _ := strings.Cut(name, ".")
	return "[" + sec + "] " + act
}

// IsForceQuit reports ctrl+c, or what the keys file binds to force_quit:
// ctrl+c quits whatever a keys file says.
func IsForceQuit(msg tea.KeyMsg, g GlobalKeys) bool {
	return msg.Type == tea.KeyCtrlC || key.Matches(msg, g.ForceQuit)
}

// TypingKeys are the bindings that act while text is being typed, so a
// burst of runes holding one of them is taken a key at a time.
func (k *KeyMap) TypingKeys() []key.Binding {
	var out []key.Binding
	for _, sc := range k.Scopes() {
		if !sc.Typing {
			continue
		}
		for _, a := range sc.Actions {
			out = append(out, *a.Binding)
		}
	}
	return out
}
