// Package lazyre is a regular expression compiled when it is first used,
// not when its package is initialised: folio's packages hold some ninety
// patterns, most of which a command never uses (`show` of one article
// needs a few), and compiling them all cost every start about 2 ms.
// A Regexp is read-only once compiled and safe for concurrent use.
//
// In a test binary each pattern is compiled when it is declared, so a
// bad pattern still fails every test of its package at once.
package lazyre

import (
	"os"
	"regexp"
	"strings"
	"sync"
)

// Regexp is a *regexp.Regexp compiled on first use. It has the methods
// of regexp.Regexp that folio calls.
type Regexp struct {
	src string
	re  func() *regexp.Regexp
}

// New is a Regexp for src, compiled (with regexp.MustCompile) the first
// time one of its methods is called.
func New(src string) *Regexp {
	r := &Regexp{src: src, re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(src) })}
	if inTest {
		r.re()
	}
	return r
}

// inTest is whether this is a test binary (`go test` names them so).
var inTest = strings.HasSuffix(os.Args[0], ".test")

// Regexp is the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

// String is the source text, without compiling it.
func (r *Regexp) String() string { return r.src }

func (r *Regexp) MatchString(s string) bool            { return r.re().MatchString(s) }
func (r *Regexp) FindString(s string) string           { return r.re().FindString(s) }
func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.re().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindAllString(s string, n int) []string { return r.re().FindAllString(s, n) }
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.re().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string { return r.re().ReplaceAllString(src, repl) }
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) Split(s string, n int) []string { return r.re().Split(s, n) }
