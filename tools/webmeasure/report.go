package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// minWords is the shortest expected article the F1 means count: below
// it, a page is a test of one rule (an empty page, a list), not of an
// article's text.
const minWords = 25

// report prints a markdown table for each set served each way.
func report(w io.Writer, results []*result) {
	groups := map[string][]*result{}
	var order []string
	for _, r := range results {
		k := r.page.set + " " + r.mode
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	for _, k := range order {
		rs := groups[k]
		fmt.Fprintf(w, "\n### %s, charset in the header: %s\n\n", rs[0].page.set, rs[0].mode)
		switch rs[0].page.set {
		case "mozilla":
			reportMozilla(w, rs)
		case "aeb":
			reportAEB(w, rs)
		case "trafilatura":
			reportTrafilatura(w, rs)
		}
	}
}

// common prints the rows every set has: saved, refused, mojibake, time.
func common(w io.Writer, rs []*result, mojibakeOf func(*result) bool) {
	var saved, bad int
	var refused []string
	var times []time.Duration
	for _, r := range rs {
		times = append(times, r.elapsed)
		if !r.saved {
			refused = append(refused, r.page.id)
			continue
		}
		saved++
		if mojibakeOf(r) {
			bad++
		}
	}
	slices.Sort(times)
	fmt.Fprintf(w, "| Pages saved | %d of %d (%.1f%%) |\n", saved, len(rs), pct(saved, len(rs)))
	if len(refused) > 0 && len(refused) <= 12 {
		fmt.Fprintf(w, "| Refused | %s |\n", strings.Join(refused, ", "))
	}
	fmt.Fprintf(w, "| Pages with mojibake | %d |\n", bad)
	fmt.Fprintf(w, "| Median time a page (whole process) | %d ms |\n", times[len(times)/2].Milliseconds())
}

func reportMozilla(w io.Writer, rs []*result) {
	fmt.Fprintln(w, "| Measure | Figure |\n|---|---|")
	common(w, rs, func(r *result) bool { return mojibake(r.text) > mojibake(r.page.want) })
	var f1, sh []float64
	var counts [][3]float64
	var title, byline, bylineExact, excerpt, lang match
	for _, r := range rs {
		want := words(r.page.want)
		got := words(r.text) // empty when not saved: F1 0
		if r.page.wantLen >= minWords {
			f1 = append(f1, tokenF1(want, got))
			sh = append(sh, shingleF1(want, got))
		}
		tp, fp, fn := shingleCounts(want, got)
		counts = append(counts, [3]float64{tp, fp, fn})
		m := r.page.meta
		title.add(m.Title, normal(r.str("title")) == normal(deref(m.Title)))
		a, b := normal(r.str("author")), normal(deref(m.Byline))
		byline.add(m.Byline, a != "" && (strings.Contains(b, a) || strings.Contains(a, b)))
		bylineExact.add(m.Byline, a == b)
		excerpt.add(m.Excerpt, normal(r.str("description")) == normal(deref(m.Excerpt)))
		lang.add(m.Lang, strings.EqualFold(r.str("lang"), deref(m.Lang)))
	}
	fmt.Fprintf(w, "| Word F1, mean over the %d pages of %d words or more | %.3f |\n", len(f1), minWords, mean(f1))
	fmt.Fprintf(w, "| 4-word-shingle F1, mean over the same | %.3f |\n", mean(sh))
	bf, bp, br := benchmarkF1(counts)
	fmt.Fprintf(w, "| Benchmark F1 (shingles; P, R averaged over all pages) | %.3f (P %.3f, R %.3f) |\n", bf, bp, br)
	fmt.Fprintf(w, "| Title as Readability.js's | %s |\n", title)
	fmt.Fprintf(w, "| Byline: the same name (one holds the other) | %s |\n", byline)
	fmt.Fprintf(w, "| Byline: exactly Readability.js's | %s |\n", bylineExact)
	fmt.Fprintf(w, "| Excerpt as Readability.js's | %s |\n", excerpt)
	fmt.Fprintf(w, "| Lang as Readability.js's | %s |\n", lang)
	fmt.Fprintf(w, "| Pages under %.2f word F1 | %s |\n", 0.9, strings.Join(below(rs, 0.9), ", "))
}

func reportAEB(w io.Writer, rs []*result) {
	fmt.Fprintln(w, "| Measure | Figure |\n|---|---|")
	common(w, rs, func(r *result) bool { return mojibake(r.text) > mojibake(r.page.want) })
	var counts [][3]float64
	var f1 []float64
	for _, r := range rs {
		want, got := words(r.page.want), words(r.text)
		tp, fp, fn := shingleCounts(want, got)
		counts = append(counts, [3]float64{tp, fp, fn})
		f1 = append(f1, tokenF1(want, got))
	}
	bf, bp, br := benchmarkF1(counts)
	fmt.Fprintf(w, "| Benchmark F1 (4-word shingles, as its evaluate.py) | %.3f (P %.3f, R %.3f) |\n", bf, bp, br)
	fmt.Fprintf(w, "| Word F1, mean over pages | %.3f |\n", mean(f1))
}

func reportTrafilatura(w io.Writer, rs []*result) {
	fmt.Fprintln(w, "| Measure | Figure |\n|---|---|")
	// Some pages hold mojibake of their own (a UTF-8 page with "Ã¡" in
	// its text): only more than the page has counts.
	common(w, rs, func(r *result) bool { return mojibake(r.text) > r.page.marks })
	var tp, fp, fn, tn int
	for _, r := range rs {
		wf, wof := 0, 0
		if r.saved {
			wf, wof = snippets(r.page, r.text, r.markdown)
		}
		tp += wf
		fn += len(r.page.with) - wf
		fp += wof
		tn += len(r.page.without) - wof
	}
	p, rc := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	fmt.Fprintf(w, "| Article snippets kept (recall) | %d of %d (%.3f) |\n", tp, tp+fn, rc)
	fmt.Fprintf(w, "| Boilerplate snippets kept | %d of %d |\n", fp, fp+tn)
	fmt.Fprintf(w, "| Precision, F1, accuracy (as its evaluate.py) | %.3f, %.3f, %.3f |\n", p, 2*p*rc/(p+rc), float64(tp+tn)/float64(tp+tn+fp+fn))
}

// below lists the pages of at least minWords words whose word F1 is under f.
func below(rs []*result, f float64) []string {
	var out []string
	for _, r := range rs {
		if r.page.wantLen >= minWords {
			if v := tokenF1(words(r.page.want), words(r.text)); v < f {
				out = append(out, fmt.Sprintf("%s %.2f", r.page.id, v))
			}
		}
	}
	return out
}

// match counts right answers over the pages that have an expected value.
type match struct{ right, of int }

func (m *match) add(want *string, right bool) {
	if want == nil || *want == "" {
		return
	}
	m.of++
	if right {
		m.right++
	}
}

func (m match) String() string {
	return fmt.Sprintf("%d of %d (%.0f%%)", m.right, m.of, pct(m.right, m.of))
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
