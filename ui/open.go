package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
)

// Opening things: an article in the reader, where it was left or at a
// heading, question or search match; the reader's overlays; a tag's or
// category's articles. The article named at start (Options.Open) opens
// the same way.

// openArticle opens the reader on an article chosen from a list, over
// the list, recording the visit. While the library loads, an article
// not read yet (the one named at start, in a folder) is opened when the
// batch holding it arrives.
func (m *Model) openArticle(slug string) tea.Cmd {
	if _, ok := m.article(slug); !ok && m.load != nil {
		m.load.waiting = slug
		return nil
	}
	if slug == m.opts.Open {
		m.selectAtStart()
	}
	m.visit(slug)
	return m.open(slug)
}

// open shows the reader on an article, where it was left. The library
// holds summaries: the article's text is read here, from the index's
// entry (a few microseconds) or its file, parsed again; a file that
// vanished or changed since the load is said in a note instead.
func (m *Model) open(slug string) tea.Cmd {
	a, ok := m.article(slug)
	if !ok {
		return nil
	}
	w, err := m.lib.Full(a)
	if err != nil {
		return m.notify(err.Error())
	}
	m.reader = reader.New(w, m.startAt(w), m.readerConfig(a))
	m.opened(w)
	return m.push(readerScreen)
}

// readerConfig is what a reader of a needs: how to render, the cache,
// the styles and keys, and a's related articles.
func (m *Model) readerConfig(a *library.Article) reader.Config {
	o := m.opts
	return reader.Config{Style: o.Style, Color: o.Color, Profile: o.Profile, Hyperlinks: o.Hyperlinks, Images: o.Images,
		Pictures: o.Pictures, Measure: o.Measure,
		Cache: m.cache, Styles: m.styles, Keys: m.keys, Related: m.lib.Related(a, relatedCount), Review: m.lib.Review}
}

// openAt opens an article in place of the reader and what is over it,
// and makes the jump when one is given; ok is false when there is no
// such article.
func (m *Model) openAt(slug string, at *common.JumpMsg) (cmd tea.Cmd, ok bool) {
	if _, ok := m.lib.Article(slug); !ok {
		return nil, false
	}
	m.visit(slug)
	m.closeReader()
	cmd = m.open(slug)
	if at != nil && m.top() == readerScreen {
		cmd = tea.Batch(cmd, m.reader.Update(*at))
	}
	return cmd, true
}

// follow opens an article in place of the reader and what is over it,
// at a heading or a library search's match.
func (m *Model) follow(f common.FollowMsg) tea.Cmd {
	var at *common.JumpMsg
	if f.Heading >= 0 {
		j := common.JumpHeading(f.Heading)
		at = &j
	}
	cmd, ok := m.openAt(f.Slug, at)
	if ok && f.Find != "" && f.Offset >= 0 {
		m.reader.FindAt(f.Find, m.reader.Article().HeadingAt(f.Offset))
	}
	return cmd
}

// openQuestion opens the reader on the question, in place of any
// reader open already.
func (m *Model) openQuestion(msg common.OpenQuestionMsg) tea.Cmd {
	var at *common.JumpMsg
	if msg.Section >= 0 {
		j := common.JumpQuestion(msg.Section, msg.Question)
		at = &j
	}
	cmd, _ := m.openAt(msg.Slug, at)
	return cmd
}

// showOverlay stacks a screen the reader asked for over it.
func (m *Model) showOverlay(msg common.OverlayMsg) tea.Cmd {
	if m.top() != readerScreen {
		return nil
	}
	m.overlay, m.overlayTitle = msg.Open(int(m.nextList())), msg.Title
	return m.push(overlayScreen)
}

// narrow shows the articles under a tag or category, over the term list.
func (m *Model) narrow(msg common.NarrowMsg) tea.Cmd {
	arts := m.articlesUnder(msg)
	title := "Articles · " + msg.Kind.String() + ": " + msg.Name
	m.narrowed = lists.NewArticles(m.nextList(), arts, nil, title, m.rowMarks, m.styles, m.keys.List)
	m.narrowed.Apply(m.articleView(), false)
	return m.push(narrowedScreen)
}

// openArrived opens an article asked for while the library loaded, now
// that it is read, unless a screen was opened over the list meanwhile.
// When the whole library is in without it, the list says so.
func (m *Model) openArrived(slug string) tea.Cmd {
	switch _, ok := m.article(slug); {
	case !ok:
		if l := m.list(m.top()); l != nil {
			l.Model().StatusMessageLifetime = missingNoteFor
		}
		return m.notify("No article “" + slug + "” in the library")
	case len(m.stack) > 1:
		return nil
	}
	return m.openArticle(slug)
}

// missingNoteFor is how long the list says an article asked for is not
// in the library: long enough to read.
const missingNoteFor = 5 * time.Second

// openAtStart opens the reader on Options.Open as the first thing the
// program does (folio PATH, cat post.md | folio), with the article
// selected in the list beneath it.
func (m *Model) openAtStart() tea.Cmd {
	slug := m.opts.Open
	if slug == "" {
		return nil
	}
	return common.Send(common.OpenArticleMsg{Slug: slug})
}

// selectAtStart selects the opened article's row in the articles list,
// so that going back from the reader lands on it.
func (m *Model) selectAtStart() {
	l := m.articles.List().Model()
	for i, it := range l.VisibleItems() {
		if lists.ArticleKey(it) == m.opts.Open {
			l.Select(i)
			return
		}
	}
}
