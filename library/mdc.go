package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// MDC, the markdown components of Nuxt Content (the Nuxt docs, Nuxt UI
// sites): a block opens with "::name{props}" on its own line and closes
// with "::" (":::" within one, and so on); "::note", "::tip",
// "::warning"… are callouts, and become ::: containers; "::read-more{to=…}"
// is a link; "::card{title=…}" its title in bold over its text; the
// others ("::code-group", "::steps") keep what they hold. Inline,
// ":badge[v4.3]{…}" shows its text, ":read-more{to=…}" a link,
// ":icon{…}" nothing.

var (
	mdcOpenRE   = lazyre.New(`^( {0,3})(:{2,})([a-zA-Z][\w-]*)(\{[^{}]*\})?(?:\[([^\]]*)\])?\s*$`)
	mdcCloseRE  = lazyre.New(`^ {0,3}(:{2,})\s*$`)
	mdcPropRE   = lazyre.New(`(?:^|\s)([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+)))?`)
	mdcInlineRE = lazyre.New(`^:([a-zA-Z][\w-]*)(?:\[([^\]\n]*)\])?(\{[^{}\n]*\})`)
)

// mdcBlock is an MDC block open: its colons and what its close shows.
type mdcBlock struct {
	colons int
	close  string // the line its closing "::" becomes, "" for none
}

// mdcLine reads a line that opens or closes an MDC block.
func (r *siteRewriter) mdcLine(text string) bool {
	if m := mdcCloseRE.FindStringSubmatch(text); m != nil {
		n := len(r.mdc) - 1
		if n < 0 || r.mdc[n].colons != len(m[1]) {
			return false
		}
		b := r.mdc[n]
		r.mdc = r.mdc[:n]
		_, next := r.line()
		if b.close != "" {
			r.out.WriteString(b.close + "\n")
		}
		r.pos = next
		return true
	}
	m := mdcOpenRE.FindStringSubmatch(text)
	if m == nil || len(m[2]) == 3 && m[4] == "" { // ":::tip" is a container the renderer reads
		return false
	}
	props := mdcProps(m[4])
	name := strings.ToLower(m[3])
	b := mdcBlock{colons: len(m[2])}
	var open string
	switch kind := shortcodeKinds[name]; {
	case name == "read-more":
		if to := props["to"]; to != "" {
			b.close = "[" + escapeLinkText(to) + "](" + escapeDestination(to) + ")"
		}
	case name == "card":
		if t := props["title"]; t != "" {
			open = "**" + strings.TrimSpace(t) + "**\n"
		}
	case kind == "callout":
		fence := containerFence(r.depth + len(r.mdc))
		open = fence + name
		if t := props["title"]; t != "" {
			open += "[" + containerTitle(t) + "]"
		} else if m[5] != "" { // Docusaurus nests "::::note[Title]" in four colons
			open += "[" + containerTitle(m[5]) + "]"
		}
		b.close = fence
	}
	r.mdc = append(r.mdc, b)
	_, next := r.line()
	if open != "" {
		r.out.WriteString(m[1] + open + "\n")
	}
	r.pos = next
	return true
}

// mdcProps reads {key="value" flag other=bare}.
func mdcProps(s string) map[string]string {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	props := map[string]string{}
	for _, m := range mdcPropRE.FindAllStringSubmatch(s, -1) {
		props[strings.ToLower(m[1])] = m[2] + m[3] + m[4]
	}
	return props
}

// mdcInline reads the inline component that opens at src[i].
func (r *siteRewriter) mdcInline(i int) (int, string, bool) {
	if i > 0 && (isAlnumByte(r.src[i-1]) || r.src[i-1] == ':') {
		return 0, "", false // a:hover{…}, std::vector{…}
	}
	m := mdcInlineRE.FindStringSubmatch(r.src[i:min(len(r.src), i+512)])
	if m == nil {
		return 0, "", false
	}
	end := i + len(m[0])
	if m[2] != "" {
		return end, m[2], true
	}
	props := mdcProps(m[3])
	if to := props["to"]; to != "" {
		text := props["title"]
		if text == "" {
			text = to
		}
		return end, "[" + escapeLinkText(text) + "](" + escapeDestination(to) + ")", true
	}
	for _, k := range []string{"value", "label", "text", "title"} {
		if v := props[k]; v != "" {
			return end, v, true
		}
	}
	return end, "", true
}

// hasInlineMDC looks for ":name{" or ":name[" in body: an inline
// component may be all a body holds of the units' syntax.
func hasInlineMDC(body string) bool {
	for at := 0; ; {
		i := strings.IndexByte(body[at:], ':')
		if i < 0 {
			return false
		}
		i += at
		j := i + 1
		for j < len(body) && (body[j] >= 'a' && body[j] <= 'z' || body[j] == '-') {
			j++
		}
		if j > i+1 && j < len(body) && (body[j] == '{' || body[j] == '[') {
			return true
		}
		at = i + 1
	}
}
