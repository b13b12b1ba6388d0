package library

import (
	"strings"
	"testing"
)

func TestSearchSnippetsAreText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, query string
		not               []string
		want              string
	}{
		{"code fence", "Intro line.\n\n```tsx\nfunction zebra() {}\n```\n", "zebra", []string{"```", "tsx"}, "function zebra() {}"},
		{"table", "| Name | Zebra count |\n|---|---|\n| a | 3 |\n", "zebra", []string{"|", "---"}, "Zebra count"},
		{"html", "<p>The <b>zebra</b> runs.</p>\n", "zebra", []string{"<", ">"}, "zebra runs"},
		{"alert", "> [!NOTE]\n> The zebra sleeps.\n", "zebra", []string{"[!NOTE]", ">"}, "The zebra sleeps"},
		{"container", ":::tip[Zebra care]\nFeed the zebra.\n:::\n", "feed", []string{":::"}, "Feed the zebra"},
		{"footnote", "The zebra[^1] runs.\n\n[^1]: Fast.\n", "zebra", []string{"[^1]"}, "zebra runs"},
		{"heading", "Some text.\n## Zebra facts\nMore.\n", "zebra", []string{"##"}, "Zebra facts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			at := strings.Index(strings.ToLower(tt.body), tt.query)
			var buf []byte
			got := snippet(&buf, tt.body, at, len(tt.query))
			for _, bad := range tt.not {
				if strings.Contains(got, bad) {
					t.Errorf("snippet %q holds %q", got, bad)
				}
			}
			if !strings.Contains(got, tt.want) || strings.Contains(got, "  ") {
				t.Errorf("snippet %q, want it to hold %q with single spaces", got, tt.want)
			}
		})
	}
}
