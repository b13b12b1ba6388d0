package reader

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/muesli/termenv"
)

const (
	seedSlug   = "exosomes-vs-prp"
	reviewSlug = "do-exosomes-work-medicube-review"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	os.Exit(m.Run())
}

var testStyles = common.NewStyles("dark", false)

// screenID names what the test root shows on top.
type screenID int

const (
	readerScreen screenID = iota
	tocScreen
	faqScreen
)

// testRoot stands in for ui's root model: it sizes the reader as the
// root does (a line for the footer), opens the contents and the FAQ over
// it and hands their jumps back, keeps finished renders in the cache,
// and notes what else the reader asks of the root.
type testRoot struct {
	lib    *library.Library
	keys   keymap.KeyMap
	cache  *Cache
	reader Model
	toc    Contents
	faq    FAQ
	stack  []screenID
	w, h   int
	asked  []tea.Msg     // links, related, history: the root's to act on
	tweak  func(*Config) // changes the readers' configuration, when set
}

func (r *testRoot) top() screenID { return r.stack[len(r.stack)-1] }

func (r *testRoot) config(a *library.Article) Config {
	c := Config{Style: "dark", Cache: r.cache, Styles: &testStyles, Keys: r.keys,
		Related: r.lib.Related(a, 5)}
	if r.tweak != nil {
		r.tweak(&c)
	}
	return c
}

// open shows the reader on an article at a position.
func (r *testRoot) open(a *library.Article, at Position) tea.Cmd {
	r.reader, r.stack = New(a, at, r.config(a)), []screenID{readerScreen}
	return r.reader.SetSize(r.w, r.h-1)
}

func (r *testRoot) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		r.w, r.h = msg.Width, msg.Height
		r.toc.SetSize(r.w, r.h-1)
		r.faq.SetSize(r.w, r.h-1)
		return r.reader.SetSize(r.w, r.h-1)
	case common.OverlayMsg:
		switch s := msg.Open(len(r.stack)).(type) {
		case *Contents:
			r.toc, r.stack = *s, append(r.stack, tocScreen)
		case *FAQ:
			r.faq, r.stack = *s, append(r.stack, faqScreen)
		default:
			r.asked = append(r.asked, msg)
		}
		return r.screen().SetSize(r.w, r.h-1)
	case common.JumpMsg:
		r.stack = r.stack[:1]
		return r.reader.Update(msg)
	case RenderedMsg:
		r.cache.Keep(msg)
		return r.reader.Update(msg)
	case tea.KeyMsg:
		return r.key(msg)
	case common.ShowLinksMsg, common.ShowRelatedMsg, common.HistoryMsg:
		r.asked = append(r.asked, msg)
	default:
		return r.screen().Update(msg)
	}
	return nil
}

// key is the root's routing, for the reader and its overlays: a screen
// taking text takes every key; esc clears a filter or a search, then
// closes an overlay.
func (r *testRoot) key(msg tea.KeyMsg) tea.Cmd {
	r.reader.SetNote("") // a note lasts until the next key
	g := r.keys.Global
	if r.capturing(r.top()) || !key.Matches(msg, g.Back) {
		return r.screen().Update(msg)
	}
	switch {
	case r.top() == readerScreen && r.reader.Filtered():
		r.reader.ClearFilter()
	case r.top() != readerScreen && r.list().Filtered():
		r.list().ClearFilter()
	case len(r.stack) > 1:
		r.stack = r.stack[:1]
	}
	return nil
}

func (r *testRoot) capturing(id screenID) bool {
	if id == readerScreen {
		return r.reader.Capturing()
	}
	return r.list().Filtering()
}

func (r *testRoot) screen() common.Screen {
	switch r.top() {
	case tocScreen:
		return &r.toc
	case faqScreen:
		return &r.faq
	}
	return &r.reader
}

func (r *testRoot) list() interface {
	Filtering() bool
	Filtered() bool
	ClearFilter()
} {
	if r.top() == tocScreen {
		return r.toc.List()
	}
	return r.faq.List()
}

// View is the top screen as the root frames it: cut to the window, a
// line left for the footer.
func (r *testRoot) View() string {
	lines := strings.Split(r.screen().View(), "\n")
	return strings.Join(lines[:min(len(lines), r.h-1)], "\n")
}

// driver runs the test root as the program would, synchronously: every
// command is run and its messages fed back until none are left.
type driver struct {
	t testing.TB
	m *testRoot
}

func newDriver(t testing.TB, w, h int) *driver { return newLibDriver(t, bundled(t), w, h) }

func newLibDriver(t testing.TB, lib *library.Library, w, h int) *driver {
	return &driver{t: t, m: &testRoot{lib: lib, keys: keymap.Default(), cache: NewCache(), stack: []screenID{readerScreen}, w: w, h: h}}
}

func bundled(t testing.TB) *library.Library {
	t.Helper()
	lib := library.Load(library.Options{}, library.Source{FS: articles.FS})
	if _, ok := lib.Article(seedSlug); !ok {
		t.Fatalf("no bundled article %q", seedSlug)
	}
	return lib
}

// openSlug opens the reader on an article and waits for its document.
func (d *driver) openSlug(slug string) *driver {
	d.t.Helper()
	a, ok := d.m.lib.Article(slug)
	if !ok {
		d.t.Fatalf("no article %q", slug)
	}
	for _, msg := range d.run(d.m.open(a, Top)) {
		d.send(msg)
	}
	if d.m.reader.doc == nil {
		d.t.Fatalf("reader did not render %s", slug)
	}
	return d
}

// openSeed opens the clinic article.
func (d *driver) openSeed() *driver { return d.openSlug(seedSlug) }

// send delivers messages and runs what they return.
func (d *driver) send(msgs ...tea.Msg) *driver {
	d.t.Helper()
	for _, msg := range msgs {
		d.deliver(msg, 0)
	}
	return d
}

func (d *driver) deliver(msg tea.Msg, depth int) {
	d.t.Helper()
	if depth > 100 {
		d.t.Fatalf("commands did not settle after 100 rounds (last %T)", msg)
	}
	for _, out := range d.run(d.m.update(msg)) {
		d.deliver(out, depth+1)
	}
}

// run executes a command, expanding batches, and returns its messages.
// Spinner ticks are dropped: renders finish inside run.
func (d *driver) run(cmd tea.Cmd) []tea.Msg {
	d.t.Helper()
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(10 * time.Second):
		d.t.Fatal("a command ran for more than 10s")
	}
	switch msg := msg.(type) {
	case nil, spinner.TickMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, d.run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// press sends the first key of each binding.
func (d *driver) press(bs ...key.Binding) *driver {
	d.t.Helper()
	for _, b := range bs {
		d.send(keyMsg(d.t, b.Keys()[0]))
	}
	return d
}

// typeText types runes one by one, as a person does.
func (d *driver) typeText(s string) *driver {
	d.t.Helper()
	for _, r := range s {
		d.send(keyMsg(d.t, string(r)))
	}
	return d
}

// filter does what every list asks: /, type, enter to accept.
func (d *driver) filter(q string) *driver {
	d.t.Helper()
	k := d.m.keys.List
	return d.press(k.Filter).typeText(q).press(k.AcceptFilter)
}

// keyMsg is the key message a binding's key string names.
func keyMsg(t testing.TB, s string) tea.KeyMsg {
	t.Helper()
	named := map[string]tea.KeyType{"enter": tea.KeyEnter, "esc": tea.KeyEsc, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd, "ctrl+c": tea.KeyCtrlC,
		"ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU, "backspace": tea.KeyBackspace}
	if kt, ok := named[s]; ok {
		return tea.KeyMsg{Type: kt}
	}
	if s == " " {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if r := []rune(s); len(r) == 1 {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: r}
	}
	t.Fatalf("no key message for %q", s)
	return tea.KeyMsg{}
}

// screenText is what the top screen shows, as plain text.
func (d *driver) screenText() string { return ansi.Strip(d.m.View()) }

// viewportLines are the reader's visible lines.
func (d *driver) viewportLines() []string { return strings.Split(d.m.reader.vp.View(), "\n") }

// plain is a line as a person reads it: no codes, spaces folded, no
// heading marks.
func plain(l string) string {
	s := strings.Join(strings.Fields(ansi.Strip(l)), " ")
	return strings.TrimSpace(strings.TrimLeft(s, "#"))
}

// foldedView is the reader's visible text, lines joined, spaces folded,
// lower-cased: a phrase broken across lines still reads as one.
func (d *driver) foldedView() string {
	lines := d.viewportLines()
	for i, l := range lines {
		lines[i] = printable(l)
	}
	return strings.ToLower(strings.Join(strings.Fields(strings.Join(lines, " ")), " "))
}
