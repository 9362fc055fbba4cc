// Package client is a project's own API client: what its results and
// fields hold reaches the packages that import it as facts.
package client

import "net/http"

// Response wraps an HTTP response, as client libraries do.
type Response struct {
	Raw *http.Response
}

// StatusCode returns the response's status code.
func (r *Response) StatusCode() int { return r.Raw.StatusCode } // want StatusCode:`status: result 0 holds http \(returns http.Response.StatusCode\)`

// Error is the error of a failed call; its Code is the response's status.
type Error struct {
	Code int // want Code:`holder field of Error: http \(holds http.Response.StatusCode\)`
	Body string
}

func (e *Error) Error() string { return e.Body }

// Get fetches url.
func Get(c *http.Client, url string) (*Response, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return nil, &Error{Code: resp.StatusCode, Body: resp.Status}
	}
	return &Response{Raw: resp}, nil
}

// Len returns a count: it holds nothing.
func (r *Response) Len() int { return int(r.Raw.ContentLength) }
