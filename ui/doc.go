// Package ui is folio's terminal interface: lists of articles, tags and
// categories, the reader, and its contents, FAQ and help overlays.
//
// # Glossary
//
// The words below name one thing each, in the code and in these comments.
//
//   - screen: one type behind the screen interface, registered once in
//     spec (screens.go). The root (Model, app.go) keeps a stack of
//     screenIDs and routes to the top one.
//   - list: a screen built on a lists.FilterList (lists.go): articles, tags,
//     categories, bookmarks, contents, FAQ, links, related, problems.
//   - tab: a list named in the tab bar, reached with tab or 1-4.
//   - filter: narrowing a list by typing after / (lists.FilterList, filter.go
//     for the fuzzy match). It never leaves the list.
//   - find: the search inside the article being read, / in the reader
//     (finder, readerfind.go; its index is find.go). n/N move between its
//     matches.
//   - search: the library search, s on a list (lists.Search, search.go):
//     ranked hits across every article, opened at the match.
//   - reader: the screen showing one article (reader.Model, reader.go).
//   - document: an article rendered whole at one width (render.Document);
//     preview: the chunks rendered for its first screen while the
//     document renders (render.Window, preview.go).
//   - position: a place in an article that survives a re-render: a
//     heading and how far into its section, or a bold-line FAQ question,
//     or the end (document.go). A jump goes to a position; the navigator
//     (navigator.go) lands it on the document or the preview, or keeps it
//     pending until the document arrives.
//   - heading, question: an article's headings and FAQ questions, as
//     library.Heading and library.FAQ number them.
//   - memory: what folio keeps between runs in the state file (memory.go:
//     the queue of changes; memory_root.go: the root's side, saving on
//     open, close and quit).
//   - marks: an article's read mark (✓) and bookmark (★), kept in the
//     state file, and the keys that set them (keymap.MarkKeys). A
//     find match's highlighted span is a highlight span (find.go's mark
//     type, named before this glossary).
//   - binding, action, scope: a key.Binding; its name in a keys file
//     ([reader] next_heading); the actions that answer keys together on
//     one kind of screen in one mode (keylayer.go).
//   - problem: a file folio could not load or loaded with a fault, a bad
//     keys file, a state file fault; listed on the Problems screen.
package ui
