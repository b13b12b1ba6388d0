package library

import "strings"

// Static-site syntax: what Hugo, Jekyll, MkDocs, Obsidian and HTML put in
// markdown that is not markdown. rewriteSiteSyntax turns each construct
// into the markdown that shows what its author meant, in one pass over
// the body that leaves code alone (fenced and indented blocks, code
// spans). Each construct is a unit of its own file:
//
//	htmlcomment.go  <!-- … -->, hidden
//	shortcodes.go   Hugo {{< … >}} and {{% … %}}
//	liquid.go       Jekyll {% … %}
//	admonitions.go  MkDocs !!! / ??? and PyMdown /// blocks, as ::: containers
//	wikilinks.go    Obsidian [[links]], ![[embeds]] and %%comments%%
//	mdc.go          Nuxt's MDC components, ::note … ::
//	attrlists.go    kramdown's {: .class} lists, MDX's {/* comments */}
//
// Heading attributes ({#id}) are read where headings are: headingattrs.go.

// siteMarkers are the strings one of the units starts at; a body with
// none of them is returned as it is, at the cost of a few searches.
var siteMarkers = []string{"<!--", "{{", "{%", "{:", "{/*", "!!!", "???", "///", "[[", "%%", "::"}

// maxNestedSites bounds containers within containers (an admonition in
// an admonition…): deeper ones are left as written.
const maxNestedSites = 8

// rewriteSiteSyntax returns body with its static-site constructs turned
// into markdown; depth is how deep in containers body sits.
func rewriteSiteSyntax(body string, depth int) string {
	return rewritePage(body, depth, nil)
}

// rewritePage is rewriteSiteSyntax for an article whose frontmatter
// fields (lower-cased keys) are page: Liquid's {{ page.x }} shows them.
func rewritePage(body string, depth int, page map[string]any) string {
	if depth > maxNestedSites || !hasSiteMarker(body) {
		return body
	}
	r := siteRewriter{src: body, depth: depth, page: page}
	r.out.Grow(len(body) + 64)
	r.run()
	return r.out.String()
}

// The markers that open with "{" are looked for in one pass.
func hasSiteMarker(body string) bool {
	for at := 0; ; {
		i := strings.IndexByte(body[at:], '{')
		if i < 0 {
			break
		}
		at += i + 1
		if at < len(body) && strings.IndexByte("{%:/", body[at]) >= 0 {
			return true
		}
	}
	for _, m := range siteMarkers {
		if m[0] != '{' && strings.Contains(body, m) {
			return true
		}
	}
	return hasInlineMDC(body)
}

// siteRewriter copies src to out a line at a time, replacing the
// constructs it meets. It keeps its own count of fenced code, as a
// construct it replaces may hold a fence that opens nothing.
type siteRewriter struct {
	src         string
	pos         int // start of the line being read
	out         strings.Builder
	depth       int
	fence       string // the fence of the code block the reader is in, or ""
	fenceQuoted bool   // that fence opened in a block quote
	prevBlank,
	indented bool // the last line read was blank; it was indented code

	mdc          []mdcBlock          // the MDC blocks open, innermost last
	page         map[string]any      // the article's frontmatter, for {{ page.x }}
	loops        []string            // the variables of the Liquid loops open
	noCommentEnd int                 // no "-->" at or after this offset (0: not known)
	shortcodes   []string            // the paired shortcodes open, innermost last
	closings     map[string][][2]int // each shortcode's closing tags: start, end

	fenceKnown         bool // fenceAt is the first fence line at or after fenceFrom
	fenceFrom, fenceAt int
	// html is the HTML block the lines read are in; inHTML says the line
	// being read is one of its lines, where a comment on a line of its
	// own is dropped, not made a blank line that would end the block.
	html   htmlBlock
	inHTML bool
}

// line is the line at pos, without its newline, and where the next starts.
func (r *siteRewriter) line() (string, int) {
	end := strings.IndexByte(r.src[r.pos:], '\n')
	if end < 0 {
		return r.src[r.pos:], len(r.src)
	}
	return r.src[r.pos : r.pos+end], r.pos + end + 1
}

func (r *siteRewriter) run() {
	for r.pos < len(r.src) {
		text, next := r.line()
		if r.code(text) {
			r.copyLine(text, next)
			continue
		}
		start, afterText := r.pos, r.pos > 0 && !r.prevBlank
		r.inHTML = r.html.open && strings.TrimSpace(text) != ""
		if !r.block(text) {
			r.inline()
		}
		if r.pos <= next {
			r.html.in(text, afterText)
			continue
		}
		for l := range strings.SplitSeq(strings.TrimSuffix(r.src[start:r.pos], "\n"), "\n") { // the lines a construct took, as written
			r.html.in(l, afterText)
			afterText = strings.TrimSpace(l) != ""
		}
	}
}

// lineGone is what a construct that took whole lines leaves: a blank
// line, which ends a paragraph as the construct did, or nothing inside
// an HTML block, which a blank line would end.
func (r *siteRewriter) lineGone() string {
	if r.inHTML {
		return ""
	}
	return "\n"
}

// code reports whether the line is code, keeping track of fences and
// indented code (four spaces after a blank line or more code).
func (r *siteRewriter) code(text string) bool {
	inner := unquote(text) // a fence in a block quote is a fence too,
	quoted := inner != text
	if r.fence != "" && r.fenceQuoted && !quoted {
		r.fence = "" // ended with its quote: a fence does not run on lazily
	}
	if r.fence != "" {
		if r.fenceQuoted {
			text = inner // the fence's lines are the quote's
		}
		if f := fenceOf(text); f != "" && f[0] == r.fence[0] && len(f) >= len(r.fence) && strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(text), f[:1])) == "" {
			r.fence = ""
		}
		return true
	}
	text = inner
	if f := fenceOf(text); f != "" {
		r.fence, r.fenceQuoted = f, quoted
		return true
	}
	blank := strings.TrimSpace(text) == ""
	ind := !blank && (strings.HasPrefix(text, "    ") || strings.HasPrefix(strings.TrimLeft(text, " "), "\t")) &&
		(r.pos == 0 || r.prevBlank || r.indented)
	r.indented = ind || (r.indented && blank)
	return ind
}

// unquote drops the block quote markers that open a line ("> > text").
func unquote(text string) string {
	t := strings.TrimLeft(text, " ")
	if !strings.HasPrefix(t, ">") || len(text)-len(t) > 3 {
		return text
	}
	for strings.HasPrefix(t, ">") {
		t = strings.TrimPrefix(strings.TrimPrefix(t, ">"), " ")
	}
	return t
}

// copyLine copies the line at pos as it is and moves to next.
func (r *siteRewriter) copyLine(text string, next int) {
	r.out.WriteString(r.src[r.pos:next])
	r.prevBlank = strings.TrimSpace(text) == ""
	r.pos = next
}

// block replaces a construct that takes whole lines and starts at pos:
// an admonition, a PyMdown block, a Hugo or Liquid code block.
func (r *siteRewriter) block(text string) bool {
	t := strings.TrimLeft(text, " ")
	if len(text)-len(t) > 3 || t == "" {
		return false
	}
	switch t[0] {
	case '!', '?':
		return r.admonition(text)
	case '/':
		return r.pymdownBlock(text)
	case ':':
		return r.mdcLine(text)
	}
	return false
}

// inline copies the line at pos, replacing the constructs within it;
// one that runs over later lines takes them too.
func (r *siteRewriter) inline() {
	text, next := r.line()
	r.prevBlank = strings.TrimSpace(text) == ""
	at, start, removed := r.pos, r.out.Len(), false
	wasHTML := opensHTMLBlock(text)
	var rests []int // where a line made of the rest of this one starts in out
	for {
		i := strings.IndexAny(r.src[at:next], "<{[!%`\\:")
		if i < 0 {
			break
		}
		i += at
		end, repl, ok := r.construct(i, next)
		if !ok {
			continue2 := i + 1
			if r.src[i] == '`' {
				continue2 = codeSpanEnd(r.src[:next], i)
			} else if r.src[i] == '\\' {
				continue2 = min(i+2, next)
			}
			r.out.WriteString(r.src[at:continue2])
			at = continue2
			continue
		}
		r.out.WriteString(r.src[at:i])
		r.out.WriteString(repl)
		removed = removed || repl == ""
		at = end
		if end >= next { // the construct ran past this line
			if end >= len(r.src) || r.src[end-1] == '\n' {
				r.pos = end // a line of its own: read as any line is
				r.unfence(start, removed && !wasHTML, rests)
				return
			}
			_, next = r.lineAt(end)
		}
		if strings.HasSuffix(repl, "\n") && end < next { // the rest of its last line is a line of its own
			rests = append(rests, r.out.Len())
		}
	}
	r.out.WriteString(r.src[at:next])
	r.pos = next
	r.unfence(start, removed && !wasHTML, rests)
}

// unlessOverCode passes on a construct read at i unless it runs over a
// line that opens a code fence: code is never taken into a construct a
// fence would have ended, nor hidden by one.
func (r *siteRewriter) unlessOverCode(i int) func(int, string, bool) (int, string, bool) {
	return func(end int, repl string, ok bool) (int, string, bool) {
		if ok && r.fenceBetween(i, end) {
			return 0, "", false
		}
		return end, repl, ok
	}
}

// lineAt is the line that holds offset at, and where the next starts.
func (r *siteRewriter) lineAt(at int) (string, int) {
	end := strings.IndexByte(r.src[at:], '\n')
	if end < 0 {
		return r.src[at:], len(r.src)
	}
	return r.src[at : at+end], at + end + 1
}

// construct reads the construct that starts at src[i], if one does: the
// offset it ends at and what replaces it.
func (r *siteRewriter) construct(i, lineEnd int) (end int, repl string, ok bool) {
	s := r.src[i:]
	switch {
	case strings.HasPrefix(s, "<!--"):
		return r.htmlComment(i)
	case strings.HasPrefix(s, "{{<"), strings.HasPrefix(s, "{{%"):
		return r.shortcode(i)
	case strings.HasPrefix(s, "{%"):
		return r.liquid(i)
	case strings.HasPrefix(s, "{:"):
		return r.unlessOverCode(i)(r.attributeList(i))
	case strings.HasPrefix(s, "{/*"):
		return r.unlessOverCode(i)(r.mdxComment(i))
	case strings.HasPrefix(s, "{{"):
		return r.unlessOverCode(i)(r.liquidOutput(i))
	case strings.HasPrefix(s, "[["), strings.HasPrefix(s, "![["):
		return r.unlessOverCode(i)(r.wikiLink(i, lineEnd))
	case strings.HasPrefix(s, "%%"):
		return r.obsidianComment(i)
	case s[0] == ':':
		return r.mdcInline(i)
	}
	return 0, "", false
}

// atLineStart reports whether only blanks stand before src[i] on its line.
func (r *siteRewriter) atLineStart(i int) bool {
	start := strings.LastIndexByte(r.src[:i], '\n') + 1
	return strings.TrimSpace(r.src[start:i]) == ""
}

// restOfLineBlank reports whether only blanks follow src[i:] on its line.
func (r *siteRewriter) restOfLineBlank(i int) bool {
	end := strings.IndexByte(r.src[i:], '\n')
	if end < 0 {
		end = len(r.src) - i
	}
	return strings.TrimSpace(r.src[i:i+end]) == ""
}

// blockOf is repl set on lines of its own: after a line break unless
// the construct starts its line, and before one unless it ends it.
func (r *siteRewriter) blockOf(start, end int, repl string) string {
	if !r.atLineStart(start) {
		repl = "\n" + repl
	}
	if !r.restOfLineBlank(end) {
		repl += "\n"
	}
	return repl
}

// blockAt is where a construct at [start, end) that repl replaces ends
// and what replaces it, on lines of its own: a construct alone on its
// lines takes its line break, which repl then ends with.
func (r *siteRewriter) blockAt(start, end int, repl string) (int, string) {
	if repl == "" {
		return r.wholeLines(start, end), ""
	}
	if r.atLineStart(start) && r.restOfLineBlank(end) {
		return r.wholeLines(start, end), repl + "\n"
	}
	return end, r.blockOf(start, end, repl)
}

// wholeLines widens [start, end) to the lines it stands alone on, so
// that a construct that leaves nothing leaves no blank line either:
// its end then takes the line break after it.
func (r *siteRewriter) wholeLines(start, end int) int {
	if !r.atLineStart(start) || !r.restOfLineBlank(end) {
		return end
	}
	if nl := strings.IndexByte(r.src[end:], '\n'); nl >= 0 {
		return end + nl + 1
	}
	return len(r.src)
}

// codeSpanEnd is the end of the code span whose backticks open at
// text[i], or the end of the run of backticks when none closes it on
// the line: its text is code, never a construct.
func codeSpanEnd(text string, i int) int {
	n := 0
	for i+n < len(text) && text[i+n] == '`' {
		n++
	}
	j := i + n
	for j < len(text) && text[j] != '\n' {
		k := strings.IndexByte(text[j:], '`')
		if k < 0 {
			break
		}
		k += j
		if nl := strings.IndexByte(text[j:k], '\n'); nl >= 0 {
			break
		}
		m := 0
		for k+m < len(text) && text[k+m] == '`' {
			m++
		}
		if m == n {
			return k + m
		}
		j = k + m
	}
	return i + n
}

// containerFence is the run of colons that opens and closes a container
// the units write at depth d: the outer one longest, so that the closing
// fence of one inside it never closes it (a fence closes the innermost
// container opened with as many colons or fewer).
func containerFence(d int) string {
	return strings.Repeat(":", max(4, 12-d))
}
