package library

import (
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// notIndexed are the fields of Article the index does not store: Load
// sets them on every load, from the index or not.
var notIndexed = map[string]bool{"InferredTags": true, "ID": true, "Name": true}

// filler gives every field it is handed a value of its own, never zero,
// so that a field the codec drops or mixes up with another shows.
type filler struct {
	t *testing.T
	n int
}

func (f *filler) fill(v reflect.Value, path string) {
	f.n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("%s #%d", path, f.n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(f.n))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(f.n))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.n) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			f.fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Array:
		for i := range v.Len() {
			f.fill(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for i := range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			f.fill(k, fmt.Sprintf("%s key %d", path, i))
			f.fill(e, fmt.Sprintf("%s[%d]", path, i))
			v.SetMapIndex(k, e)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		f.fill(v.Elem(), path)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2001, 2, 3, 4, 5, 6, f.n, time.FixedZone("X", 3600))))
			return
		}
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			if v.Type() == reflect.TypeFor[Article]() && sf.Name == "text" {
				continue // where a summary's text is: Load sets it
			}
			if !sf.IsExported() {
				f.t.Fatalf("%s.%s: unexported field; teach the filler about %s", path, sf.Name, v.Type())
			}
			f.fill(v.Field(i), path+"."+sf.Name)
		}
	default:
		f.t.Fatalf("%s: a %s field; teach the filler (and the index codec) about it", path, v.Kind())
	}
	if v.IsZero() {
		f.t.Fatalf("%s: filled, yet zero", path)
	}
}

// diff names the fields of got and want that differ.
func diff(got, want reflect.Value, path string, out *[]string) {
	if got.Kind() == reflect.Struct && got.Type() != reflect.TypeFor[time.Time]() {
		for i := range got.NumField() {
			if !got.Type().Field(i).IsExported() {
				continue // Article.text, which Load sets
			}
			diff(got.Field(i), want.Field(i), path+"."+got.Type().Field(i).Name, out)
		}
		return
	}
	if got.Kind() == reflect.Slice && got.Len() == want.Len() && !got.IsNil() && !want.IsNil() {
		for i := range got.Len() {
			diff(got.Index(i), want.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
		return
	}
	if !reflect.DeepEqual(got.Interface(), want.Interface()) {
		*out = append(*out, fmt.Sprintf("%s: got %v, want %v", path, got.Interface(), want.Interface()))
	}
}

// TestIndexRestoresEveryField writes an article whose every field, and
// every field of what it holds, has a value of its own through the index
// writer, reads the index back and restores it: a field added to
// Article (or Heading, FAQSection, FAQ, Link, ContentsItem) but not to
// index_fields.go fails here, naming the field.
func TestIndexRestoresEveryField(t *testing.T) {
	t.Parallel()
	var want Article
	(&filler{t: t}).fill(reflect.ValueOf(&want).Elem(), "Article")
	// Offsets and parts of the body are stored as references into it: a
	// question that is a part of the body takes that path.
	want.FAQs[1].Questions[1].Answer = want.Body[3:9]
	for name := range notIndexed {
		reflect.ValueOf(&want).Elem().FieldByName(name).SetZero()
	}
	warnings := []string{"first warning", "second warning"}

	file := filepath.Join(t.TempDir(), "every.idx")
	w, err := newIndexWriter(file)
	if err != nil {
		t.Fatal(err)
	}
	key := fileKey{size: 1, mtime: 2, ino: 3, ctime: 4}
	w.add(indexFile{path: "every.md", key: key, result: result{article: &want, warnings: warnings}, slug: want.Slug})
	if err := w.finish("build", "/dir", "name", nil); err != nil {
		t.Fatal(err)
	}
	idx, err := readIndex(file, "build", "/dir", "name", false)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := idx.entry("every.md", 0)
	if !ok || e.key != key {
		t.Fatalf("entry %+v (found %v), want key %+v", e, ok, key)
	}
	for _, summaries := range []bool{false, true} {
		var sl slabs
		r, ok := idx.restore(e, want.Path, &coder{d: decoder{slabs: &sl}}, summaries)
		if !ok || r.article == nil {
			t.Fatalf("summaries %v: not restored: %+v", summaries, r)
		}
		if !reflect.DeepEqual(r.warnings, warnings) {
			t.Errorf("warnings %q, want %q", r.warnings, warnings)
		}
		expect := want
		if summaries {
			expect.Body, expect.Headings, expect.FAQs, expect.Links, expect.Contents = "", nil, nil, nil, nil
		}
		var diffs []string
		diff(reflect.ValueOf(*r.article), reflect.ValueOf(expect), "Article", &diffs)
		for _, d := range diffs {
			t.Errorf("summaries %v: %s", summaries, d)
		}
		if !summaries {
			continue
		}
		// The summary's text, outline and facts, read as Full and
		// `folio questions` read them.
		if f := factsOf(&want); !reflect.DeepEqual(r.facts, f) {
			t.Errorf("facts %+v, want %+v", r.facts, f)
		}
		ref := &textRef{origin: &origin{}, facts: r.facts}
		ref.bind(idx, e)
		r.article.text = ref
		whole, err := full(r.article)
		if err != nil {
			t.Fatal(err)
		}
		diffs = nil
		diff(reflect.ValueOf(*whole), reflect.ValueOf(want), "Full", &diffs)
		for _, d := range diffs {
			t.Error(d)
		}
		if got, err := outline(r.article); err != nil || !reflect.DeepEqual(got, outlineOf(&want)) || len(got) != 2 {
			t.Errorf("FAQ outline %+v (%v), want %+v", got, err, outlineOf(&want))
		}
	}
}

// The filler and diff above are what the test rests on: a dropped field
// must be told apart.
func TestIndexFieldCheckSeesADroppedField(t *testing.T) {
	var a Article
	(&filler{t: t}).fill(reflect.ValueOf(&a).Elem(), "Article")
	b := a
	b.Links = append([]Link(nil), a.Links...)
	b.Links[1].Heading = 0
	b.Cover = ""
	var diffs []string
	diff(reflect.ValueOf(b), reflect.ValueOf(a), "Article", &diffs)
	if len(diffs) != 2 {
		t.Fatalf("diffs %q, want Cover and Links[1].Heading", diffs)
	}
}
