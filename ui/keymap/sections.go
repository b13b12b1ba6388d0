package keymap

import (
	"github.com/charmbracelet/bubbles/key"
)

// NavKeys reach past the article on screen: the library search, the
// search inside an article, its links, related articles and the
// reading history.
type NavKeys struct {
	Search                            key.Binding // from any list: search the library
	Find, FindNext, FindPrev          key.Binding // in the reader: search the article
	FindAccept, FindCancel, FindClear key.Binding
	Links, Related, HistBack, HistFwd key.Binding
	SaveLink                          key.Binding // in the links list: save the web page
	CopyLink                          key.Binding // in the links list: copy the address
	historyHelp                       key.Binding // H/L together, for the footer
	nextMatchHelp                     key.Binding // n/N together, for the footer
}

// History is H/L as one footer entry.
func (k NavKeys) History() key.Binding { return k.historyHelp }

// NextMatch is n/N as one footer entry.
func (k NavKeys) NextMatch() key.Binding { return k.nextMatchHelp }

// SearchKeys drive the library search screen, where letters are typed
// into the query.
type SearchKeys struct {
	Up, Down, PageUp, PageDown, Open, Back key.Binding
}

// MarkKeys use what folio remembers: bookmarks, the unread filter and the
// sort order of the article lists, the Bookmarks list, and the Problems
// screen.
type MarkKeys struct {
	Bookmark  key.Binding // article lists and the reader
	Unread    key.Binding // article lists
	Sort      key.Binding // article lists
	Bookmarks key.Binding // the fourth list, beside Articles, Tags, Categories
	Problems  key.Binding // everywhere
	Edit      key.Binding // article lists and the reader: the file in $EDITOR
}

// QuestionKeys open the Questions lists.
type QuestionKeys struct {
	Questions  key.Binding // the fifth list, beside Articles, Tags, Categories, Bookmarks
	OfArticles key.Binding // on a tag's or category's articles: their questions
}

// ReviewKeys weigh reviews: the Products list, marking articles to
// compare and comparing them, and the article lists' lowest rating.
type ReviewKeys struct {
	Products  key.Binding // the sixth list, beside Questions
	Mark      key.Binding // article lists and the reader: mark to compare
	Compare   key.Binding // article lists and the reader: compare the marked articles
	MinRating key.Binding // article lists: the lowest rating shown, in steps
}

func defaultReviewKeys() ReviewKeys {
	return ReviewKeys{
		Products:  bind([]string{"6"}, "6", "products"),
		Mark:      bind([]string{"x"}, "x", "mark to compare"),
		Compare:   bind([]string{"c"}, "c", "compare marked"),
		MinRating: bind([]string{"*"}, "*", "min rating"),
	}
}

func defaultNavKeys() NavKeys {
	return NavKeys{
		Search:        bind([]string{"s"}, "s", "search library"),
		Find:          bind([]string{"/"}, "/", "search article"),
		FindNext:      bind([]string{"n"}, "n", "next match"),
		FindPrev:      bind([]string{"N"}, "N", "previous match"),
		FindAccept:    bind([]string{"enter"}, "enter", "search"),
		FindCancel:    bind([]string{"esc"}, "esc", "cancel search"),
		FindClear:     bind([]string{"esc"}, "esc", "clear search"),
		Links:         bind([]string{"l"}, "l", "links"),
		Related:       bind([]string{"r"}, "r", "related articles"),
		SaveLink:      bind([]string{"a"}, "a", "save page"),
		CopyLink:      bind([]string{"y"}, "y", "copy address"),
		HistBack:      bind([]string{"H", "alt+left"}, "H/alt+←", "back in history"),
		HistFwd:       bind([]string{"L", "alt+right"}, "L/alt+→", "forward in history"),
		historyHelp:   bind([]string{"H"}, "H/L", "history"),
		nextMatchHelp: bind([]string{"n"}, "n/N", "next/prev match"),
	}
}

func defaultSearchKeys() SearchKeys {
	return SearchKeys{
		Up:       bind([]string{"up", "ctrl+p"}, "↑", "up"),
		Down:     bind([]string{"down", "ctrl+n"}, "↓", "down"),
		PageUp:   bind([]string{"pgup"}, "pgup", "previous page"),
		PageDown: bind([]string{"pgdown"}, "pgdn", "next page"),
		Open:     bind([]string{"enter"}, "enter", "open at the match"),
		Back:     bind([]string{"esc"}, "esc", "back"),
	}
}

func defaultMarkKeys() MarkKeys {
	return MarkKeys{
		Bookmark:  bind([]string{"m"}, "m", "bookmark"),
		Unread:    bind([]string{"u"}, "u", "unread only"),
		Sort:      bind([]string{"o"}, "o", "sort"),
		Bookmarks: bind([]string{"4"}, "4", "bookmarks"),
		Problems:  bind([]string{"!"}, "!", "problems"),
		Edit:      bind([]string{"e"}, "e", "edit"),
	}
}

func defaultQuestionKeys() QuestionKeys {
	return QuestionKeys{
		Questions:  bind([]string{"5"}, "5", "questions"),
		OfArticles: bind([]string{"f"}, "f", "their questions"),
	}
}
