package web

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The encoding of a page, found the way the HTML standard sniffs it
// (https://html.spec.whatwg.org/#determining-the-character-encoding):
// a byte-order mark, then the Content-Type header's charset, then a
// <meta> in the <head>, then a detector. Two departures, both for pages
// saved and served again: the prescan reads the whole <head>, not its
// first 1,024 bytes (a page whose <meta charset> comes after forty other
// tags is common), and a declared legacy charset gives way to UTF-8 when
// the whole body is valid UTF-8 with some non-ASCII in it (a page saved
// by a browser or a crawler is re-encoded as UTF-8 but keeps its old
// <meta>; valid multi-byte UTF-8 by chance in a legacy encoding is all
// but impossible over a page).

// maxPrescan bounds the bytes of a page read for a <meta> charset: far
// past any real <head>, short of a pathological one.
const maxPrescan = 512 << 10

// decodePage returns body as UTF-8 and the name of the encoding it was
// read in. headerCharset is the Content-Type header's charset, "" when
// the server gave none.
func decodePage(body []byte, headerCharset string) ([]byte, string) {
	enc, name := pageEncoding(body, headerCharset)
	if name == "utf-8" {
		body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(body) { // a declared UTF-8 page with a stray byte
			body = bytes.ToValidUTF8(body, []byte("\ufffd"))
		}
		return body, name
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil { // the decoders replace bad bytes; this is only a guard
		return bytes.ToValidUTF8(body, []byte("\ufffd")), "utf-8"
	}
	return out, name
}

// pageEncoding is the encoding of a page and its canonical name.
func pageEncoding(body []byte, headerCharset string) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return unicode.UTF8, "utf-8"
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	for _, label := range []string{headerCharset, metaCharset(body)} {
		enc, name := charset.Lookup(label)
		if enc == nil {
			continue
		}
		if strings.HasPrefix(name, "utf-16") {
			// a <meta> cannot be read in UTF-16; the standard says UTF-8
			enc, name = unicode.UTF8, "utf-8"
		}
		if name != "utf-8" && utf8Text(body) {
			return unicode.UTF8, "utf-8"
		}
		return enc, name
	}
	if utf8.Valid(body) {
		return unicode.UTF8, "utf-8"
	}
	if r, err := chardet.NewHtmlDetector().DetectBest(body); err == nil {
		if enc, name := charset.Lookup(r.Charset); enc != nil {
			return enc, name
		}
	}
	return charmap.Windows1252, "windows-1252"
}

// utf8Text reports whether b is valid UTF-8 with at least one multi-byte
// character.
func utf8Text(b []byte) bool {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return utf8.Valid(b[i:])
		}
	}
	return false
}

// metaCharset is the charset a page's <head> declares in
// <meta charset> or <meta http-equiv="Content-Type" content="…;
// charset=…">, "" when none. It tokenises up to the end of the <head>
// (the first tag of the body, or </head>) and at most maxPrescan bytes.
func metaCharset(body []byte) string {
	if len(body) > maxPrescan {
		body = body[:maxPrescan]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "meta":
				if label := metaTagCharset(z, hasAttr); label != "" {
					return label
				}
			case "html", "head", "title", "link", "style", "script", "noscript", "base", "template":
			default:
				return "" // the body has begun
			}
		}
	}
}

// metaTagCharset reads the charset of one <meta>'s attributes.
func metaTagCharset(z *html.Tokenizer, hasAttr bool) string {
	var cs, content string
	equiv := false
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "charset":
			cs = strings.TrimSpace(string(v))
		case "http-equiv":
			equiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		case "content":
			content = string(v)
		}
	}
	if cs != "" {
		return cs
	}
	if equiv {
		return contentCharset(content)
	}
	return ""
}

// contentCharset extracts the charset from a <meta http-equiv> content
// attribute ("text/html; charset=iso-8859-1"), as the standard's
// algorithm does: after "charset", optional spaces, "=", a value that
// may be quoted.
func contentCharset(s string) string {
	l := []byte(s)
	for i, c := range l { // ASCII only, so offsets stay those of s
		if c >= 'A' && c <= 'Z' {
			l[i] = c + 'a' - 'A'
		}
	}
	for i := 0; ; {
		j := bytes.Index(l[i:], []byte("charset"))
		if j < 0 {
			return ""
		}
		i += j + len("charset")
		rest := strings.TrimLeft(s[i:], " \t\n\f\r")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
		if rest == "" {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return ""
			}
			return rest[1 : 1+end]
		}
		if end := strings.IndexAny(rest, " \t\n\f\r;"); end >= 0 {
			rest = rest[:end]
		}
		return rest
	}
}
