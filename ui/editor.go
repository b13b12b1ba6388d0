package ui

import (
	"os"
	"os/exec"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// EditFunc opens path in an editor and, when the editor is done, reports
// with done's message. The default suspends the TUI with tea.ExecProcess;
// tests set one that starts nothing.
type EditFunc func(path string, done func(error) tea.Msg) tea.Cmd

// editorCommand is $EDITOR, else $VISUAL, else vi, on path. The variable
// may carry arguments ("code --wait").
func editorCommand(getenv func(string) string, path string) *exec.Cmd {
	ed := strings.TrimSpace(getenv("EDITOR"))
	if ed == "" {
		ed = strings.TrimSpace(getenv("VISUAL"))
	}
	if ed == "" {
		ed = "vi"
	}
	f := strings.Fields(ed)
	return exec.Command(f[0], append(f[1:], path)...)
}

func execEditor(path string, done func(error) tea.Msg) tea.Cmd {
	return tea.ExecProcess(editorCommand(os.Getenv, path), func(err error) tea.Msg { return done(err) })
}

// edit opens the article's file in the editor; articles not on disk
// (the bundled ones) are read-only.
func (m *Model) edit(a *library.Article) tea.Cmd {
	if a == nil {
		return nil
	}
	if info, err := os.Stat(a.Path); err != nil || !info.Mode().IsRegular() {
		return m.notify("bundled articles are read-only")
	}
	run := m.opts.Edit
	if run == nil {
		run = execEditor
	}
	p := a.Path
	return run(p, func(err error) tea.Msg { return editedMsg{path: p, err: err} })
}

// notify shows a short note: in the reader's status line, or in the
// list's status bar.
func (m *Model) notify(s string) tea.Cmd {
	top := m.top()
	if top == readerScreen {
		m.reader.SetNote(s)
		return nil
	}
	if l := m.list(top); l != nil {
		return l.Note(termsafe.String(s), l.Model().StatusMessageLifetime)
	}
	return nil
}
