package lists

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
)

// An article is marked read when the reader shows its last line (at
// once for an article that fits on one screen); nothing marks it unread.
// Bookmarks are toggled with m. Both, the sort order and each article's
// position are kept in the state file; the unread filter lasts for the
// session.

// SortOrder is the order of the article lists.
type SortOrder int

const (
	ByDate   SortOrder = iota // newest first, undated last (the library's order)
	ByTitle                   // A to Z, ignoring case
	ByTime                    // shortest reading time first
	ByRating                  // best rated first on five, unrated last
)

var sortNames = [...]string{"date", "title", "time", "rating"}

// ParseSort reads the sort order saved in the state; anything unknown is
// by date.
func ParseSort(s string) SortOrder {
	if i := slices.Index(sortNames[:], s); i >= 0 {
		return SortOrder(i)
	}
	return ByDate
}

func (o SortOrder) String() string  { return sortNames[o] }
func (o SortOrder) Next() SortOrder { return (o + 1) % SortOrder(len(sortNames)) }
func (o SortOrder) Label() string {
	return [...]string{"by date", "by title", "by reading time", "by rating"}[o]
}

// sort orders keep, indexes into arts, as o says, keeping the order of
// equals (the library's, newest first). Each article's key is made once,
// not at every comparison.
func (o SortOrder) sort(keep []int, arts []*library.Article) {
	switch o {
	case ByTitle:
		key := make([]string, len(arts))
		for _, i := range keep {
			key[i] = strings.ToLower(arts[i].Title)
		}
		slices.SortStableFunc(keep, func(i, j int) int { return strings.Compare(key[i], key[j]) })
	case ByTime:
		slices.SortStableFunc(keep, func(i, j int) int { return arts[i].ReadingMinutes - arts[j].ReadingMinutes })
	case ByRating:
		key := make([]float64, len(arts))
		for _, i := range keep {
			key[i] = onFive(arts[i])
		}
		slices.SortStableFunc(keep, func(i, j int) int { return cmp.Compare(key[j], key[i]) })
	}
}

// onFive is an article's rating on five, -1 when it has none.
func onFive(a *library.Article) float64 {
	if r, ok := library.RatingOnFive(a.Rating); ok {
		return r
	}
	return -1
}

// MinRatings are the steps of the lowest rating the article lists show,
// on five: all, then at least 3, 4 and 4.5 stars.
var MinRatings = []float64{0, 3, 4, 4.5}

// NextMinRating is the step after r.
func NextMinRating(r float64) float64 {
	for _, m := range MinRatings {
		if m > r {
			return m
		}
	}
	return 0
}

// ArticleView is what the article lists show: marks, order, filter.
type ArticleView struct {
	Marks     map[string]state.Article // by slug: read, bookmarked
	Sort      SortOrder
	Unread    bool    // unread articles only
	MinRating float64 // rated at least this on five; 0: every article
}

// Label is the view's part of a list's title.
func (v ArticleView) Label() string {
	parts := []string{}
	if v.Unread {
		parts = append(parts, "unread only")
	}
	if v.MinRating > 0 {
		parts = append(parts, "★ "+strconv.FormatFloat(v.MinRating, 'f', -1, 64)+"+")
	}
	return strings.Join(append(parts, v.Sort.Label()), " · ")
}

// rows are what an article list shows of arts, whose rows are items:
// the articles the view keeps, in its order. The rows are shared, not
// made again.
func (v ArticleView) rows(arts []*library.Article, items []list.Item, bookmarked bool) []list.Item {
	keep := make([]int, 0, len(arts))
	// The marks are looked up only when the view keeps by them, and not
	// at all when none is set: a person marks few of many articles.
	marked := (bookmarked || v.Unread) && len(v.Marks) > 0
	if bookmarked && !marked {
		arts = nil // nothing is bookmarked
	}
	for i, a := range arts {
		if marked {
			rec := v.Marks[a.Slug]
			if bookmarked && !rec.Bookmarked || v.Unread && rec.Read {
				continue
			}
		}
		if v.MinRating > 0 && onFive(a) < v.MinRating {
			continue
		}
		keep = append(keep, i)
	}
	v.Sort.sort(keep, arts)
	out := make([]list.Item, len(keep))
	for n, i := range keep {
		out[n] = items[i]
	}
	return out
}

// apply shows the view in an article list, keeping its filter and the
// selected article. bookmarked keeps only bookmarked articles.
func (m *Articles) Apply(v ArticleView, bookmarked bool) tea.Cmd {
	if m.list.id == 0 {
		return nil // not built yet
	}
	m.list.subtitle = v.Label()
	if m.items == nil { // made once, here, not at every Apply
		m.items = ArticleItems(m.arts, m.marks)
	}
	cmd := m.list.Replace(v.rows(m.arts, m.items, bookmarked), ArticleKey)
	m.list.SyncTitle()
	return cmd
}

// viewOr is the list, or the note when it has no articles at all.
func (m Articles) viewOr(note string) string {
	if len(m.list.list.Items()) > 0 || m.list.Filtering() || m.list.Filtered() {
		return m.view()
	}
	ls := m.list.list.Styles
	return ls.TitleBar.Render(ls.Title.Render(m.list.list.Title)) + "\n" + ls.NoItems.Render(note)
}
