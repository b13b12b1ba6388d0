package lazyre

import (
	"reflect"
	"regexp"
	"sync"
	"testing"
)

// Each method answers as the compiled regexp.Regexp does.
func TestMethodsMatchRegexp(t *testing.T) {
	const src = `(\w+)=(\d+)`
	const s = "a=1 b=22 c=x d=333"
	l, r := New(src), regexp.MustCompile(src)
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"MatchString", l.MatchString(s), r.MatchString(s)},
		{"FindString", l.FindString(s), r.FindString(s)},
		{"FindStringSubmatch", l.FindStringSubmatch(s), r.FindStringSubmatch(s)},
		{"FindStringSubmatchIndex", l.FindStringSubmatchIndex(s), r.FindStringSubmatchIndex(s)},
		{"FindAllString", l.FindAllString(s, -1), r.FindAllString(s, -1)},
		{"FindAllStringIndex", l.FindAllStringIndex(s, 2), r.FindAllStringIndex(s, 2)},
		{"FindAllStringSubmatch", l.FindAllStringSubmatch(s, -1), r.FindAllStringSubmatch(s, -1)},
		{"FindAllStringSubmatchIndex", l.FindAllStringSubmatchIndex(s, -1), r.FindAllStringSubmatchIndex(s, -1)},
		{"ReplaceAllString", l.ReplaceAllString(s, "$2"), r.ReplaceAllString(s, "$2")},
		{"ReplaceAllStringFunc", l.ReplaceAllStringFunc(s, func(m string) string { return "<" + m + ">" }),
			r.ReplaceAllStringFunc(s, func(m string) string { return "<" + m + ">" })},
		{"Split", l.Split(s, -1), r.Split(s, -1)},
		{"String", l.String(), r.String()},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.name, c.got, c.want)
		}
	}
}

// A test binary compiles a pattern when it is declared, so that a bad
// one fails its package's tests at once.
func TestBadPatternPanicsInTests(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New(`(`) did not panic in a test binary")
		}
	}()
	New(`(`)
}

// Used from many goroutines at once, it compiles once (run with -race).
func TestConcurrentFirstUse(t *testing.T) {
	l := &Regexp{src: "x+"}
	compiles := 0
	l.re = sync.OnceValue(func() *regexp.Regexp { compiles++; return regexp.MustCompile(l.src) })
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if !l.MatchString("axxb") {
				t.Error("x+ does not match axxb")
			}
		})
	}
	wg.Wait()
	if compiles != 1 {
		t.Errorf("compiled %d times, want 1", compiles)
	}
}
