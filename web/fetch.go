// Package web fetches documents over HTTP(S) for folio: a markdown or
// text file to read (folio URL, folio show URL) or a web page to turn
// into an article (folio add). It imports no UI package.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults of a Client.
const (
	DefaultTimeout  = 10 * time.Second
	DefaultMaxBytes = 10 << 20 // 10 MiB: a long article page is well under 2 MB
	maxRedirects    = 10
)

// UserAgent names folio to the servers it asks; some refuse Go's default.
const UserAgent = "folio/1 (terminal article reader; +https://github.com/folio-reader/folio)"

// Document is what a URL answered: its final address (after redirects),
// its media type without parameters ("text/html", "text/markdown") and
// its body, at most the client's MaxBytes. Charset is the charset
// parameter of the Content-Type header, "" when the server gave none.
type Document struct {
	URL         string
	ContentType string
	Charset     string
	Body        []byte
}

// Client fetches documents. The zero value is ready to use with the
// defaults above.
type Client struct {
	HTTP     *http.Client  // nil: one with Timeout and a redirect limit
	Timeout  time.Duration // 0: DefaultTimeout
	MaxBytes int64         // 0: DefaultMaxBytes
}

// IsURL reports whether s is an http or https address, the only ones
// folio fetches.
func IsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Get fetches rawURL. Every error names the URL and says what went
// wrong in words a reader understands: not found, too large, timed out,
// offline.
func (c *Client) Get(ctx context.Context, rawURL string) (*Document, error) {
	if !IsURL(rawURL) {
		return nil, fmt.Errorf("%s: not an http or https address", rawURL)
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	limit := c.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5")
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", rawURL, describe(ctx, err, timeout))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%s: %s", rawURL, statusText(resp.StatusCode))
	}
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%s: too large (%d bytes; folio reads at most %d)", rawURL, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %s", rawURL, describe(ctx, err, timeout))
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%s: too large (over %d bytes)", rawURL, limit)
	}
	mediaType, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mediaType == "" {
		mediaType = http.DetectContentType(body)
		mediaType, _, _ = mime.ParseMediaType(mediaType)
	}
	return &Document{URL: resp.Request.URL.String(), ContentType: strings.ToLower(mediaType), Charset: params["charset"], Body: body}, nil
}

func (c *Client) httpClient() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		return nil
	}}
}

// describe words a transport error.
func describe(ctx context.Context, err error, timeout time.Duration) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf("no answer within %s", timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return "cannot fetch: " + err.Error()
}

func statusText(code int) string {
	switch code {
	case http.StatusNotFound, http.StatusGone:
		return fmt.Sprintf("not found (HTTP %d)", code)
	}
	if t := http.StatusText(code); t != "" {
		return fmt.Sprintf("HTTP %d %s", code, t)
	}
	return fmt.Sprintf("HTTP %d", code)
}

// IsMarkdownOrText reports a media type folio reads as an article
// without extraction: markdown or plain text (servers often send
// markdown as text/plain or application/octet-stream; the caller may
// also go by the URL's extension).
func IsMarkdownOrText(mediaType string) bool {
	switch mediaType {
	case "text/markdown", "text/x-markdown", "text/plain", "text/x-web-markdown":
		return true
	}
	return false
}

// IsHTML reports an HTML page.
func IsHTML(mediaType string) bool {
	return mediaType == "text/html" || mediaType == "application/xhtml+xml"
}
