package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// MkDocs admonitions and PyMdown blocks become ::: containers, which
// the renderer draws as callouts with their title:
//
//	!!! warning "Mind the cable"      ??? note "Closed"      ???+ tip
//	    Indented text.                    Indented text.         Indented text.
//
//	/// note | Technical details      /// details | Summary    /// tab | Python 3.10+
//	Text up to the closing fence.     Text.                    Text.
//	///                               ///                      ///
//
// A collapsible one (???) is shown open, as a reader wants it. Details
// blocks become ::: details; a tab shows its title in bold over its
// text. What they hold is markdown, admonitions and all.

var (
	admonitionRE = lazyre.New(`^( {0,3})(?:!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)((?:[ \t]+[A-Za-z][\w-]*)*)(?:[ \t]+(?:"([^"]*)"|'([^']*)'))?[ \t]*$`)
	pymdownRE    = lazyre.New(`^( {0,3})(/{3,})[ \t]*([A-Za-z][\w-]*)[ \t]*(?:\|[ \t]*(.*?))?[ \t]*$`)
	pymdownType  = lazyre.New(`^\s+type:\s*["']?([A-Za-z][\w-]*)`)
)

// admonition reads an MkDocs admonition opening the line at pos: its
// body is the lines after it indented four more columns.
func (r *siteRewriter) admonition(text string) bool {
	m := admonitionRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	indent := m[1]
	_, next := r.line()
	var body []string
	end := next
	for at := next; at < len(r.src); {
		l, after := r.lineAt(at)
		if strings.TrimSpace(l) == "" {
			body = append(body, "")
			at = after
			continue
		}
		inner, ok := dedent(l, len(indent)+4)
		if !ok {
			break
		}
		body = append(body, inner)
		at, end = after, after
	}
	for len(body) > 0 && body[len(body)-1] == "" {
		body = body[:len(body)-1]
	}
	if leavesFenceOpen(body) { // its code would run past the block: text as written
		return false
	}
	title := m[4] + m[5]
	r.container(indent, strings.ToLower(m[2]), title, strings.Join(body, "\n"))
	r.pos = end
	return true
}

// pymdownBlock reads a PyMdown block (/// name | title … ///) opening
// the line at pos.
func (r *siteRewriter) pymdownBlock(text string) bool {
	m := pymdownRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	indent, slashes, name, title := m[1], m[2], strings.ToLower(m[3]), m[4]
	_, at := r.line()
	// its options: indented YAML lines right after the opening
	for at < len(r.src) {
		l, after := r.lineAt(at)
		if !strings.HasPrefix(l, indent+"    ") || strings.TrimSpace(l) == "" {
			break
		}
		if tm := pymdownType.FindStringSubmatch(l); tm != nil && name == "admonition" {
			name = strings.ToLower(tm[1])
		}
		at = after
	}
	start := at
	closeAt, end := -1, len(r.src)
	for at < len(r.src) {
		l, after := r.lineAt(at)
		if t := strings.TrimSpace(l); t == slashes {
			closeAt, end = at, after
			break
		}
		at = after
	}
	if closeAt < 0 {
		closeAt = len(r.src)
	}
	body := strings.TrimRight(r.src[start:closeAt], "\n")
	if leavesFenceOpen(strings.Split(body, "\n")) { // its code would run past the block
		return false
	}
	switch name {
	case "tab":
		r.out.WriteString(indent + "**" + strings.TrimSpace(title) + "**\n\n")
		r.out.WriteString(rewriteSiteSyntax(body, r.depth+1) + "\n")
	case "html", "define", "caption", "attrs":
		r.out.WriteString(rewriteSiteSyntax(body, r.depth+1) + "\n")
	default:
		r.container(indent, name, title, body)
	}
	r.pos = end
	return true
}

// container writes a ::: container of the kind and title holding body,
// itself rewritten, each line indented as its opening line was.
func (r *siteRewriter) container(indent, kind, title, body string) {
	fence := containerFence(r.depth)
	if kind == "admonition" {
		kind = "note"
	}
	r.out.WriteString(indent + fence + kind)
	if t := strings.TrimSpace(title); t != "" {
		r.out.WriteString("[" + containerTitle(t) + "]")
	}
	r.out.WriteString("\n")
	if body != "" {
		for _, l := range strings.Split(strings.TrimRight(rewriteSiteSyntax(body, r.depth+1), "\n"), "\n") {
			if l != "" {
				l = indent + l
			}
			r.out.WriteString(l + "\n")
		}
	}
	r.out.WriteString(indent + fence + "\n")
	r.prevBlank = false
}

// dedent removes n columns of indentation from l (a tab is four), or
// reports that l is indented less.
func dedent(l string, n int) (string, bool) {
	col := 0
	for i := 0; i < len(l); i++ {
		if col >= n {
			return l[i:], true
		}
		switch l[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return "", false
		}
	}
	return "", col >= n
}

// leavesFenceOpen reports whether lines open a code fence they do not
// close: such a body, put in a container, would take the container's
// end, and what follows, into its code.
func leavesFenceOpen(lines []string) bool {
	fence := ""
	for _, l := range lines {
		f := fenceOf(l)
		switch {
		case f == "":
		case fence == "":
			fence = f
		case f[0] == fence[0] && len(f) >= len(fence) && strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), f[:1])) == "":
			fence = ""
		}
	}
	return fence != ""
}
