package library

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tag inference gives an article with no metadata at all — no
// frontmatter, as a plain-text review pasted from a web page has — the
// library's tags whose words occur, as whole words in order, in its
// title or one of its headings. Articles with frontmatter, even one
// without tags, are left as their author wrote them.
//
// It is one pass over each such article's words: the tags are split into
// words once per load into a trie, so each word of a title or heading
// costs a few map look-ups whatever the number of tags.

// inferTags gives InferredTags to the articles with no metadata, and
// takes them from the others; an article whose tags change is a copy
// (libraryArts).
func (s *libraryArts) inferTags() {
	var idx *tagIndex
	for i := range s.given {
		a := s.at(i)
		var tags []string
		if (idx == nil || !idx.empty()) && hasNoMetadata(a) { // a library with no tags infers none
			if idx == nil {
				idx = newTagIndex(tagSpellings(s.given))
			}
			if !idx.empty() {
				tags = idx.match(a)
			}
		}
		if !slices.Equal(tags, a.InferredTags) {
			s.own(i).InferredTags = tags
		}
	}
}

// hasNoMetadata reports whether the article's source gave none of the
// fields frontmatter gives: plain text, or markdown whose title is the
// one folio makes up (its first level-1 heading, else its file name)
// with no tags, categories, date, author, keywords or cover. The index
// cache keeps every one of these, so the answer is the same on a cold
// and on a warm load.
func hasNoMetadata(a *Article) bool {
	if a.PlainText {
		return true
	}
	if len(a.Tags) > 0 || len(a.Categories) > 0 || len(a.Keywords) > 0 || !a.Date.IsZero() || a.Author != "" || a.Cover != "" {
		return false
	}
	return a.Title == strings.ToValidUTF8(defaultTitle(a, a.Path), "\uFFFD")
}

// tagIndex is a trie of the library's tags by their words: each node's
// children are the words that may follow, so looking for every tag at a
// word of a title costs a map look-up per word of the longest tag that
// starts there, however many tags there are.
type tagIndex struct {
	root  tagNode
	names []string
	seen  []uint32 // by tag: the match number that last found it
	round uint32
	words foldedWords // scratch for the text being matched
}

type tagNode struct {
	next map[string]*tagNode
	tags []int // indexes into names of the tags that end here
}

func newTagIndex(names []string) *tagIndex {
	idx := &tagIndex{names: names, seen: make([]uint32, len(names))}
	var words foldedWords
	for i, n := range names {
		words.split(n)
		if words.len() == 0 {
			continue
		}
		node := &idx.root
		for k := range words.len() {
			child := node.next[string(words.word(k))]
			if child == nil {
				if node.next == nil {
					node.next = map[string]*tagNode{}
				}
				child = &tagNode{}
				node.next[string(words.word(k))] = child
			}
			node = child
		}
		node.tags = append(node.tags, i)
	}
	return idx
}

func (idx *tagIndex) empty() bool { return len(idx.root.next) == 0 }

// match lists the tags found in the article's title and headings, in the
// order found.
func (idx *tagIndex) match(a *Article) []string {
	idx.round++
	var found []string
	look := func(text string) {
		w := &idx.words
		w.split(text)
		for i := range w.len() {
			node := &idx.root
			for k := i; k < w.len(); k++ {
				if node = node.next[string(w.word(k))]; node == nil {
					break
				}
				for _, t := range node.tags {
					if idx.seen[t] != idx.round {
						idx.seen[t] = idx.round
						found = append(found, idx.names[t])
					}
				}
			}
		}
	}
	look(a.Title)
	if a.text != nil { // a summary: its headings' texts were kept for this
		for _, t := range a.text.facts.infer {
			look(t)
		}
		return found
	}
	for _, h := range a.Headings {
		look(h.Text)
	}
	return found
}

// foldedWords are the words of a text, case-folded, in one buffer.
type foldedWords struct {
	buf  []byte
	ends []int
}

func (w *foldedWords) len() int { return len(w.ends) }

func (w *foldedWords) word(k int) []byte {
	start := 0
	if k > 0 {
		start = w.ends[k-1]
	}
	return w.buf[start:w.ends[k]]
}

// split sets w to the words of s, case-folded: runs of letters, numbers
// and marks, and each other character that is not a space on its own
// ("C++" is c, +, +; "node.js" is node, ., js), so that a tag matches
// where its words stand whole and in order.
func (w *foldedWords) split(s string) {
	w.buf, w.ends = w.buf[:0], w.ends[:0]
	inWord := false
	end := func() {
		if inWord {
			w.ends = append(w.ends, len(w.buf))
			inWord = false
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
				c -= 'a' - 'A'
				fallthrough
			case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
				w.buf = append(w.buf, c)
				inWord = true
			case c == ' ' || ('\t' <= c && c <= '\r'):
				end()
			default:
				end()
				w.buf = append(w.buf, c)
				w.ends = append(w.ends, len(w.buf))
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError:
			end()
		case unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r):
			w.buf = utf8.AppendRune(w.buf, foldRune(r))
			inWord = true
		case unicode.IsSpace(r):
			end()
		default:
			end()
			w.buf = utf8.AppendRune(w.buf, foldRune(r))
			w.ends = append(w.ends, len(w.buf))
		}
	}
	end()
}
