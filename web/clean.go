package web

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What folio cleans inside the article the extractor chose. The chosen
// node itself is never removed: only elements in it that are certainly
// not the article's text, and small beside it.

// chromeRoles are ARIA landmarks of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "search": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true,
}

// chromeWords, found as a whole word of a class or id ("cookie-banner",
// "share_buttons", "post-comments"), mark furniture an extractor may
// leave inside an article. Words that name a layout ("sidebar",
// "modal", "paywall") are not here: sites name the article's own
// container with them.
var chromeWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"share": true, "sharing": true, "sharedaddy": true, "social": true,
	"comment": true, "comments": true, "disqus": true,
	"ad": true, "ads": true, "advert": true, "advertisement": true, "adsbygoogle": true,
	"sponsor": true, "sponsored": true, "newsletter": true, "subscribe": true, "signup": true,
	"related": true, "recommended": true, "breadcrumb": true, "breadcrumbs": true,
	"toolbar": true, "navbar": true, "skip": true,
}

// maxChromeShare is the largest part of the article's words an element
// removed as chrome may hold: past it, the class name is more likely
// the site's odd naming than furniture.
const maxChromeShare = 0.2

// cleanArticle tidies the extracted article in place: furniture left in
// it, a byline that repeats the author the frontmatter holds, heading
// permalinks, links (tracking parameters, in-page anchors), data:
// images, and table cells made of paragraphs.
func cleanArticle(article *html.Node, page *url.URL, author string) {
	total := max(1, countWords(textOf(article)))
	var doomed []*html.Node
	walk(article, func(n *html.Node) bool {
		if n == article || n.Type != html.ElementNode {
			return true
		}
		if isChrome(n) && float64(countWords(textOf(n))) <= maxChromeShare*float64(total) || isByline(n, author) || isShareLink(n) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	fixLinks(article, page)
	flattenCells(article)
}

func isChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Form, atom.Dialog:
		return true
	}
	return chromeRoles[strings.ToLower(attr(n, "role"))] ||
		hasWord(chromeWords, attr(n, "class")) || hasWord(chromeWords, attr(n, "id"))
}

// shareTargets are the addresses of share buttons: a link to one says
// "post this page there", never a source of the article.
var shareTargets = []string{
	"facebook.com/sharer", "facebook.com/share.php", "twitter.com/intent/", "twitter.com/share", "x.com/intent/",
	"linkedin.com/sharearticle", "linkedin.com/share", "pinterest.com/pin/create", "reddit.com/submit",
	"t.me/share", "wa.me/?", "api.whatsapp.com/send", "whatsapp://send", "tumblr.com/share", "news.ycombinator.com/submitlink",
	"getpocket.com/save", "vk.com/share.php", "telegram.me/share", "mailto:?",
}

// isShareLink: a link to a share button's address, or a list item that
// holds nothing else.
func isShareLink(n *html.Node) bool {
	if n.DataAtom == atom.Li {
		a := onlyLink(n)
		return a != nil && isShareLink(a)
	}
	if n.DataAtom != atom.A {
		return false
	}
	href := strings.ToLower(attr(n, "href"))
	for _, t := range shareTargets {
		if strings.Contains(href, t) {
			return true
		}
	}
	return false
}

// onlyLink is the one link an element holds when it holds nothing but
// white space besides.
func onlyLink(n *html.Node) *html.Node {
	var link *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.DataAtom == atom.A && link == nil:
			link = c
		default:
			return nil
		}
	}
	return link
}

// bylineWords mark a byline in a class or id.
var bylineWords = map[string]bool{"byline": true, "dateline": true, "author": true, "authors": true, "meta": true, "posted": true}

// maxBylineLen bounds a byline's text, in bytes.
const maxBylineLen = 120

// isByline: a short element marked as a byline ("By Ada Lane · March
// 14, 2026") that names the author. The reader's header shows the
// author and date from the frontmatter; the line would say it twice.
func isByline(n *html.Node, author string) bool {
	if author == "" || n.DataAtom == atom.Header || headingAtoms[n.DataAtom] > 0 {
		return false
	}
	if !(attr(n, "rel") == "author" || strings.Contains(attr(n, "itemprop"), "author") ||
		hasWord(bylineWords, attr(n, "class")) || hasWord(bylineWords, attr(n, "id"))) {
		return false
	}
	t := textOf(n)
	return len(t) < maxBylineLen && strings.Contains(strings.ToLower(t), strings.ToLower(strings.SplitN(author, ",", 2)[0]))
}

// fixLinks rewrites the article's links and images for a markdown file
// read offline: links to a place in the page stay in-page anchors
// ("#method"), tracking parameters go, a link with no text (a heading's
// permalink, an icon) goes, and an image held in a data: URI becomes its
// alt text.
func fixLinks(article *html.Node, page *url.URL) {
	var empty, dataImages []*html.Node
	walk(article, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.A:
			if href, ok := attrOK(n, "href"); ok {
				setAttr(n, "href", linkURL(page, href))
			}
			if isEmptyLink(n) {
				empty = append(empty, n)
				return false
			}
		case atom.Img, atom.Source:
			src := strings.TrimSpace(attr(n, "src"))
			if strings.HasPrefix(strings.ToLower(src), "data:") {
				dataImages = append(dataImages, n)
				return false
			}
			if src != "" {
				setAttr(n, "src", linkURL(page, src))
			}
			if strings.Contains(attr(n, "srcset"), "data:") {
				removeAttr(n, "srcset")
			}
		}
		return true
	})
	for _, n := range empty {
		n.Parent.RemoveChild(n)
	}
	for _, n := range dataImages {
		if alt := strings.TrimSpace(attr(n, "alt")); alt != "" && n.DataAtom == atom.Img {
			n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: alt}, n)
		}
		n.Parent.RemoveChild(n)
	}
}

// permalinkMarks are what a heading's permalink shows instead of text.
var permalinkMarks = map[string]bool{"#": true, "¶": true, "§": true, "🔗": true, "link": true, "permalink": true, "anchor": true}

// isEmptyLink: a link that shows no words and no image, or a heading's
// permalink mark ("#", "¶") to an anchor of the page.
func isEmptyLink(a *html.Node) bool {
	t := textOf(a)
	if t == "" {
		return !hasDescendant(a, atom.Img, atom.Picture, atom.Video)
	}
	if !permalinkMarks[strings.ToLower(t)] || !strings.HasPrefix(attr(a, "href"), "#") {
		return false
	}
	for p := a.Parent; p != nil; p = p.Parent {
		if headingAtoms[p.DataAtom] > 0 {
			return true
		}
	}
	return false
}

// linkURL is href made absolute against the page, with its tracking
// parameters removed; a link to a place in the page itself stays an
// in-page anchor.
func linkURL(page *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return href
	}
	u, err := page.Parse(href)
	if err != nil {
		return href
	}
	if u.Fragment != "" && samePage(u, page) {
		return "#" + u.EscapedFragment()
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		// mailto:, tel: and the like are kept as written: writing them
		// back through url.URL can drop an empty fragment and leave a
		// trailing space ("A: #" -> "a: "), which is not stable.
		return href
	}
	return strings.TrimSpace(cleanURL(u).String())
}

// samePage: u is the page's own address, up to its fragment.
func samePage(u, page *url.URL) bool {
	return u.Scheme == page.Scheme && u.Host == page.Host && u.Path == page.Path && u.RawQuery == page.RawQuery
}

// flattenCells makes each table cell one line of text: its paragraphs
// (<td><p>…</p></td>, as word processors and CMSes write cells) joined
// by a space. Otherwise the table converter cannot write the table as a
// markdown table and writes one paragraph per cell.
func flattenCells(article *html.Node) {
	var cells []*html.Node
	walk(article, func(n *html.Node) bool {
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			cells = append(cells, n)
			return false
		}
		return true
	})
	for _, cell := range cells {
		var blocks []*html.Node
		for c := cell.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.P || c.DataAtom == atom.Div {
				blocks = append(blocks, c)
			}
		}
		for i, b := range blocks {
			if i > 0 {
				cell.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, b)
			}
			unwrap(b)
		}
	}
}

// keepQuestionButtons unwraps the <button>s that hold an FAQ
// accordion's question: the extractor drops buttons, and with them the
// question.
func keepQuestionButtons(doc *html.Node) {
	var buttons []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Button && isQuestionButton(n) {
			buttons = append(buttons, n)
		}
		return true
	})
	for _, b := range buttons {
		unwrap(b)
	}
}

// isQuestionButton: an FAQ accordion's question is often a <button> in
// a heading, or one whose text asks.
func isQuestionButton(n *html.Node) bool {
	if strings.HasSuffix(textOf(n), "?") {
		return true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if headingAtoms[p.DataAtom] > 0 || p.DataAtom == atom.Summary || p.DataAtom == atom.Dt {
			return true
		}
	}
	return false
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	if n.Parent == nil {
		return
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		n.Parent.InsertBefore(c, n)
	}
	n.Parent.RemoveChild(n)
}

func hasDescendant(n *html.Node, atoms ...atom.Atom) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		for _, a := range atoms {
			if c.DataAtom == a {
				found = true
			}
		}
		return !found
	})
	return found
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func setAttr(n *html.Node, key, val string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func removeAttr(n *html.Node, key string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			return
		}
	}
}
