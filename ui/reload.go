package ui

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/safefile"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
)

// Files read again: after the editor closes, when --watch sees a change,
// or when a saved web page arrives. The library is rebuilt with them and
// every list and the open reader follow.

// changedMsg is a batch of files changed on disk.
type changedMsg struct{ paths []string }

// waitChanges waits for the next batch of changes; the root arms it
// again after each. It ends when the channel closes.
func waitChanges(ch <-chan []string) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		paths, ok := <-ch
		if !ok {
			return nil
		}
		return changedMsg{paths: paths}
	}
}

// editedMsg says the editor on path has closed.
type editedMsg struct {
	path string
	err  error
}

// fileChange is one file read again: its article, or why it has none
// (gone: the file was removed).
type fileChange struct {
	path string
	art  *library.Article
	err  error
	gone bool
}

// reloadedMsg carries files read again after an edit or a change on disk.
type reloadedMsg struct{ changes []fileChange }

// reloadCmd reads and parses paths off the update loop; it captures only
// the paths.
func reloadCmd(paths []string) tea.Cmd {
	paths = append([]string(nil), paths...)
	return func() tea.Msg {
		out := make([]fileChange, 0, len(paths))
		for _, p := range paths {
			out = append(out, readChange(p))
		}
		return reloadedMsg{changes: out}
	}
}

func readChange(p string) fileChange {
	// A regular file under the cap only: a pipe put in the article's
	// place is refused, not waited on.
	data, err := safefile.ReadRegular(p, library.MaxFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return fileChange{path: p, gone: true}
	}
	if err != nil {
		return fileChange{path: p, err: err}
	}
	a, _, err := library.Parse(p, data)
	return fileChange{path: p, art: a, err: err}
}

// reload puts re-read files into the library: a changed article replaces
// the one from the same file, a new file's is added, a removed file's
// leaves. The new library is made of the old one's articles, which
// library.New never writes (it copies one it must change), so commands
// still reading the old one (a search) never see a write. The open
// reader keeps its place by heading.
func (m *Model) reload(changes []fileChange) tea.Cmd {
	byPath := map[string]fileChange{}
	for _, c := range changes {
		if c.art != nil && c.art.Draft && !m.opts.Drafts {
			c = fileChange{path: c.path, gone: true}
		}
		byPath[c.path] = c
	}
	arts := make([]*library.Article, 0, len(m.lib.Articles)+len(changes))
	seen := map[string]bool{}
	for _, a := range m.lib.Articles {
		if c, ok := byPath[a.Path]; ok {
			seen[a.Path] = true
			if c.art != nil {
				arts = append(arts, c.art)
			} else if c.err != nil && !c.gone {
				arts = append(arts, a) // unreadable for now: keep what was read
			}
			continue
		}
		arts = append(arts, a)
	}
	var problems []library.Problem
	for _, p := range m.lib.Problems {
		if _, ok := byPath[p.Path]; !ok && !strings.Contains(p.Message, " is already used by ") {
			problems = append(problems, p)
		}
	}
	for _, c := range byPath {
		if !seen[c.path] && c.art != nil {
			arts = append(arts, c.art)
		}
		if c.err != nil && !c.gone {
			problems = append(problems, library.Problem{Path: c.path, Message: c.err.Error()})
		}
	}
	lib := library.New(arts)
	lib.Problems = append(problems, lib.Problems...)
	return m.noteUnreadable(byPath, m.setLibrary(lib, byPath))
}

// setLibrary shows a new library in every list and reopens the reader on
// its article's new version when its file changed.
func (m *Model) setLibrary(lib *library.Library, changed map[string]fileChange) tea.Cmd {
	m.lib = lib
	m.mem.recall(lib.Articles) // a file new to this session may have been read before
	for _, a := range lib.Articles {
		if _, ok := changed[a.Path]; ok {
			m.cache.Bump(a.Slug)
		}
	}
	rows := lists.ArticleItems(lib.Articles, m.rowMarks) // one row an article, for both lists
	m.articles.SetArticles(lib.Articles, rows)
	m.bookmarks.SetArticles(lib.Articles, rows)
	m.narrowed.SetArticles(sameFiles(m.narrowed.Arts(), lib), nil)
	m.tags = lists.NewTaxonomy(m.nextList(), common.TagTerm, lib.Tags(), m.styles, m.keys.List)
	m.categories = lists.NewTaxonomy(m.nextList(), common.CategoryTerm, lib.Categories(), m.styles, m.keys.List)
	cmds := []tea.Cmd{m.refreshLists()}
	if m.has(readerScreen) && m.reader.Article() != nil {
		if _, ok := changed[m.reader.Article().Path]; ok {
			cmds = append(cmds, m.reopen())
		}
	}
	cmds = append(cmds, m.resize())
	return tea.Batch(cmds...)
}

// reopen shows the reader's article again from the library, at the
// heading it was showing; the overlays over it close.
func (m *Model) reopen() tea.Cmd {
	for m.top() != readerScreen {
		m.stack = m.stack[:len(m.stack)-1]
	}
	old := m.reader
	a := articleAt(m.lib, old.Article().Path)
	if a == nil {
		m.pop()
		return m.notify(old.Article().Path + " was removed")
	}
	m.reader = old.Reopen(a, m.readerConfig(a))
	return m.reader.SetSize(m.w, m.bodyHeight(readerScreen))
}

// articleAt is the library's article read from path, or nil.
func articleAt(lib *library.Library, path string) *library.Article {
	for _, a := range lib.Articles {
		if a.Path == path {
			return a
		}
	}
	return nil
}

// sameFiles is the new library's articles read from the files of arts,
// in order; those whose file is gone are left out.
func sameFiles(arts []*library.Article, lib *library.Library) []*library.Article {
	byPath := make(map[string]*library.Article, len(lib.Articles))
	for _, a := range lib.Articles {
		byPath[a.Path] = a
	}
	var out []*library.Article
	for _, a := range arts {
		if n := byPath[a.Path]; n != nil {
			out = append(out, n)
		}
	}
	return out
}

// noteUnreadable tells the reader that its article's file changed but
// could not be read again (an editor saved it as binary, a permission
// changed): the text shown is the one from before, which would
// otherwise look like the edit was lost. cmd is passed through.
func (m *Model) noteUnreadable(changed map[string]fileChange, cmd tea.Cmd) tea.Cmd {
	if !m.has(readerScreen) || m.reader.Article() == nil {
		return cmd
	}
	c, ok := changed[m.reader.Article().Path]
	if !ok || c.err == nil || c.gone {
		return cmd
	}
	note := filepath.Base(c.path) + " changed but cannot be read (" + c.err.Error() + "): showing the text from before"
	return tea.Batch(cmd, m.notify(note))
}
