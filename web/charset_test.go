package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

func encode(t *testing.T, s string, enc interface{ Bytes([]byte) ([]byte, error) }) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecodePage: the encoding is found the HTML standard's way (BOM,
// header, a <meta> anywhere in the <head>), a legacy declaration gives
// way to a body that is valid UTF-8, and a detector reads the rest.
func TestDecodePage(t *testing.T) {
	filler := strings.Repeat(`<meta name="x" content="filler filler filler filler">`+"\n", 60) // past 1,024 bytes
	latin := func(s string) []byte { return encode(t, s, charmap.Windows1252.NewEncoder()) }
	sjis := encode(t, "<html><body><p>"+strings.Repeat("日本語の記事です。東京の天気は晴れでした。", 20)+"</p></body></html>", japanese.ShiftJIS.NewEncoder())
	tests := []struct {
		name, header string
		body         []byte
		want, enc    string
	}{
		{"late meta charset", "", []byte("<html><head>" + filler + `<meta charset="utf-8"><title>Café</title></head><body>Crème brûlée</body></html>`), "Crème brûlée", "utf-8"},
		{"late http-equiv, legacy", "", latin("<html><head>" + filler + `<meta http-equiv="Content-Type" content="text/html; charset='iso-8859-1'"></head><body>Crème</body></html>`), "Crème", "windows-1252"},
		{"header wins over meta", "windows-1252", latin(`<meta charset="utf-8"><p>Crème</p>`), "Crème", "windows-1252"},
		{"a legacy meta on a UTF-8 body", "", []byte(`<meta charset="gb2312"><p>Crème brûlée 中文</p>`), "中文", "utf-8"},
		{"a legacy header on a UTF-8 body", "iso-8859-1", []byte(`<p>Crème brûlée</p>`), "Crème brûlée", "utf-8"},
		{"byte-order mark", "windows-1252", []byte("\xef\xbb\xbf<p>Crème</p>"), "Crème", "utf-8"},
		{"meta in the body is not read; a detector reads French", "", latin(`<html><head></head><body><p>` +
			strings.Repeat("Crème brûlée à la française, très appréciée en été. ", 10) + `</p><meta charset="utf-8"></body></html>`), "Crème", "windows-1252"},
		{"no declaration, Shift_JIS", "", sjis, "東京の天気", "shift_jis"},
		{"no declaration, plain ASCII", "", []byte("<p>plain</p>"), "plain", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decodePage(tt.body, tt.header)
			if !strings.Contains(string(got), tt.want) || enc != tt.enc {
				t.Errorf("read as %s, want %s; text %q lacks %q", enc, tt.enc, got, tt.want)
			}
		})
	}
}

func TestContentCharset(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=iso-8859-1": "iso-8859-1", "text/html;CHARSET = \"utf-8\"": "utf-8",
		"text/html; charset='shift_jis' ; x": "shift_jis", "text/html": "", "charset=": "", "charset=\"open": "",
		"text/html; xcharset=koi8-r": "koi8-r", "İcharset=utf-8": "utf-8",
	} {
		if got := contentCharset(in); got != want {
			t.Errorf("contentCharset(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDecodePage: whatever the bytes and the header say, the page comes
// out as valid UTF-8 and the prescan ends.
func FuzzDecodePage(f *testing.F) {
	f.Add([]byte(`<meta http-equiv="content-type" content="text/html; charset=koi8-r"><p>x</p>`), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "utf-8")
	f.Add([]byte(`<head><meta charset="utf-16"><title>t</title>`), "bogus")
	f.Fuzz(func(t *testing.T, body []byte, header string) {
		out, enc := decodePage(body, header)
		if !utf8.Valid(out) {
			t.Fatalf("read as %s, not valid UTF-8: %q", enc, out)
		}
	})
}
