// Package ui is folio's terminal interface: the root model that composes
// the screens. It keeps the navigation stack and routes every message:
// keys through one ordered router (keyrouter.go), screens' requests to
// the root's own actions, results to the screen that asked. The screens
// live in packages of their own — ui/lists, ui/reader — on ui/common
// (the screen interface, the messages of intent, the styles) and
// ui/keymap (the key layer); docs/architecture.md has the map.
//
// # Glossary
//
// The words below name one thing each, in the code and in these comments.
//
//   - screen: one type behind common.Screen, registered once in spec
//     (screens.go). The root (Model, model.go) keeps a stack of screenIDs
//     and routes keys to the top one.
//   - list: a screen built on a lists.FilterList: articles, tags,
//     categories, bookmarks, questions, contents, FAQ, links, related,
//     problems.
//   - tab: a list named in the tab bar, reached with tab or 1-6: Articles,
//     Tags, Categories, Bookmarks, Questions, Products.
//   - overlay: a screen the reader opens over itself (contents, FAQ, the
//     review card),
//     built by the reader (ui/reader/overlays.go) and stacked by the root
//     in one slot.
//   - filter: narrowing a list by typing after / (lists.FilterList,
//     lists.FuzzyFilter for the fuzzy match). It never leaves the list.
//   - find: the search inside the article being read, / in the reader
//     (ui/reader/finder.go; its index is findindex.go). n/N move between
//     its matches.
//   - search: the library search, s on a list (lists.Search): ranked hits
//     across every article, opened at the match.
//   - reader: the screen showing one article (reader.Model).
//   - document: an article rendered whole at one width (render.Document);
//     preview: the chunks rendered for its first screen while the
//     document renders (render.Window, ui/reader/preview.go). Both are
//     rendered by commands, never in Update.
//   - position: a place in an article that survives a re-render: a
//     heading and how far into its section, or a bold-line FAQ question,
//     or the end (reader.Position, ui/reader/position.go). A jump goes to
//     a position; the navigator (ui/reader/navigator.go) lands it on the
//     document or the preview, or keeps it pending until the document
//     arrives.
//   - heading, question: an article's headings and FAQ questions, as
//     library.Heading and library.FAQ number them.
//   - memory: what folio keeps between runs in the state file (memory.go:
//     the queue of changes; positions.go, marks.go and quit.go: what
//     opening, closing, marking and quitting save).
//   - marks: an article's read mark (✓) and bookmark (★), kept in the
//     state file, and the keys that set them (keymap.MarkKeys). A find
//     match's highlighted span is a highlight span (findindex.go's mark
//     type, named before this glossary).
//   - binding, action, scope: a key.Binding; its name in a keys file
//     ([reader] next_heading); the actions that answer keys together on
//     one kind of screen in one mode (ui/keymap/scopes.go).
//   - problem: a file folio could not load or loaded with a fault, a bad
//     keys file, a state file fault; listed on the Problems screen.
package ui
