package library

// cleanBody is cleanBodyLines for tests: the clean body alone.
func cleanBody(body string) string {
	clean, _ := cleanBodyLines(body, new(scratch))
	return clean
}

// indexBody is indexBodyLines for tests, splitting the body itself.
func indexBody(a *Article) { indexBodyLines(a, splitLines(a.Body), new(scratch)) }
