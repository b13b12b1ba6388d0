package library

// cleanBody is what Parse makes of an .mdx file's body, for tests: its
// site syntax rewritten, then cleaned.
func cleanBody(body string) string {
	clean, _ := cleanBodyLines(rewriteSiteSyntax(body, 0), true, new(scratch))
	return clean
}

// indexBody is indexBodyLines for tests, splitting the body itself.
func indexBody(a *Article) { indexBodyLines(a, splitLines(a.Body), nil, new(scratch)) }
