// Package client is the module's own API client: what its result and its
// error's field hold reaches the packages that use it, as facts.
package client

import "net/http"

// Response wraps an HTTP response.
type Response struct{ raw *http.Response }

// StatusCode returns the response's status code: a holder.
func (r *Response) StatusCode() int { return r.raw.StatusCode }

// Error is a failed call's error; its Code is the response's status.
type Error struct {
	Code int
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
	return &Response{raw: resp}, nil
}
