package main

import (
	"strings"
	"testing"
)

// Articles that share a name (a site's translations) are each shown by
// their path in the folder; the name alone is a usage error listing
// every path; a name only one has still works (issue 19 item 8).
func TestSharedNameExitsTwoListingEachPath(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{
		"i18n/en/guides/islands.md": "---\ntitle: Islands\n---\nIsland architecture in en.\n",
		"i18n/de/guides/islands.md": "---\ntitle: Inseln\n---\nIsland architecture in de.\n",
		"i18n/en/guides/routing.md": "---\ntitle: Routing\n---\nRoutes.\n",
	})
	for _, lang := range []string{"en", "de"} {
		out, errs, code := folio(t, "show", "--no-bundled", "--dir", dir, "i18n/"+lang+"/guides/islands", "--width", "80", "--color", "never")
		if code != exitOK || !strings.Contains(out, "Island architecture in "+lang) {
			t.Errorf("show i18n/%s/guides/islands: exit %d\n%s%s", lang, code, out, errs)
		}
	}
	_, errs, code := folio(t, "show", "--no-bundled", "--dir", dir, "islands")
	if code != exitUsage || !strings.Contains(errs, "i18n/en/guides/islands") || !strings.Contains(errs, "i18n/de/guides/islands") {
		t.Errorf("show islands: exit %d, want %d listing both paths:\n%s", code, exitUsage, errs)
	}
	if out, errs, code := folio(t, "show", "--no-bundled", "--dir", dir, "routing", "--color", "never"); code != exitOK || !strings.Contains(out, "Routes.") {
		t.Errorf("show routing: exit %d\n%s%s", code, out, errs)
	}
	if out, _, _ := folio(t, "list", "--no-bundled", "--dir", dir); strings.Contains(out, "already") || !strings.Contains(out, "i18n/de/guides/islands") {
		t.Errorf("list:\n%s", out)
	}
}
