// Stub of github.com/labstack/echo/v5@v5.4.4 context.go, echo.go, httperror.go, response.go, rfc9457.go, modelled on its source: only what statuscode's tests use.

// Package echo is a stub of github.com/labstack/echo/v5 reduced to the API
// that carries HTTP status codes: the response methods of Context (a struct
// in v5; an interface in v4), NewHTTPError, HTTPError.Code and the
// StatusCode results, ProblemError.Status, and *Response (WriteHeader,
// Status) with UnwrapResponse. echo has no status constants of its own: its
// users write net/http's.
package echo

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// Context represents the context of the current HTTP request. It holds request and
// response objects, path, path parameters, data and registered handler.
type Context struct {
	request  *http.Request
	response http.ResponseWriter
}

// Request returns `*http.Request`.
func (c *Context) Request() *http.Request {
	return c.request
}

// QueryParam returns the query param for the provided name.
func (c *Context) QueryParam(name string) string {
	return c.request.URL.Query().Get(name)
}

// Response returns `*Response`.
func (c *Context) Response() http.ResponseWriter {
	return c.response
}

// Render renders a template with data and sends a text/html response with status
// code. Renderer must be registered using `Echo.Renderer`.
func (c *Context) Render(code int, name string, data any) (err error) {
	return ErrRendererNotRegistered
}

// HTML sends an HTTP response with status code.
func (c *Context) HTML(code int, html string) (err error) {
	return c.HTMLBlob(code, []byte(html))
}

// HTMLBlob sends an HTTP blob response with status code.
func (c *Context) HTMLBlob(code int, b []byte) (err error) {
	return c.Blob(code, "text/html; charset=UTF-8", b)
}

// String sends a string response with status code.
func (c *Context) String(code int, s string) (err error) {
	return c.Blob(code, "text/plain; charset=UTF-8", []byte(s))
}

// JSON sends a JSON response with status code.
func (c *Context) JSON(code int, i any) (err error) {
	return c.json(code, i, "")
}

// JSONPretty sends a pretty-print JSON with status code.
func (c *Context) JSONPretty(code int, i any, indent string) (err error) {
	return c.json(code, i, indent)
}

// json writes through a delayedStatusWriter, which sends 200 for code 0.
func (c *Context) json(code int, i any, indent string) error {
	enc := json.NewEncoder(&delayedStatusWriter{ResponseWriter: c.response, status: code})
	if indent != "" {
		enc.SetIndent("", indent)
	}
	return enc.Encode(i)
}

// JSONBlob sends a JSON blob response with status code.
func (c *Context) JSONBlob(code int, b []byte) (err error) {
	return c.Blob(code, "application/json", b)
}

// JSONP sends a JSONP response with status code. It uses `callback` to construct
// the JSONP payload.
func (c *Context) JSONP(code int, callback string, i any) (err error) {
	c.response.WriteHeader(code)
	return nil
}

// JSONPBlob sends a JSONP blob response with status code. It uses `callback`
// to construct the JSONP payload. The callback is validated like in Context.JSONP.
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) {
	c.response.WriteHeader(code)
	return nil
}

// XML sends an XML response with status code.
func (c *Context) XML(code int, i any) (err error) {
	c.response.WriteHeader(code)
	return nil
}

// XMLPretty sends a pretty-print XML with status code.
func (c *Context) XMLPretty(code int, i any, indent string) (err error) {
	c.response.WriteHeader(code)
	return nil
}

// XMLBlob sends an XML blob response with status code.
func (c *Context) XMLBlob(code int, b []byte) (err error) {
	c.response.WriteHeader(code)
	return nil
}

// Blob sends a blob response with status code and content type.
func (c *Context) Blob(code int, contentType string, b []byte) (err error) {
	c.response.WriteHeader(code)
	_, err = c.response.Write(b)
	return
}

// Stream sends a streaming response with status code and content type.
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) {
	c.response.WriteHeader(code)
	_, err = io.Copy(c.response, r)
	return
}

// NoContent sends a response with no body and a status code.
func (c *Context) NoContent(code int) error {
	c.response.WriteHeader(code)
	return nil
}

// Redirect redirects the request to a provided URL with status code.
func (c *Context) Redirect(code int, url string) error {
	if code < 300 || code > 308 {
		return ErrInvalidRedirectCode
	}
	c.response.Header().Set("Location", url)
	c.response.WriteHeader(code)
	return nil
}

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c *Context) error

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(c *Context, err error)

// Echo is the top-level framework instance.
type Echo struct {
	// HTTPErrorHandler is the centralized error handler.
	HTTPErrorHandler HTTPErrorHandler
}

// New creates an instance of Echo.
func New() *Echo { return &Echo{} }

// The following errors fall into 500 (InternalServerError) category
var (
	ErrRendererNotRegistered = errors.New("renderer not registered")
	ErrInvalidRedirectCode   = errors.New("invalid redirect status code")
)

// HTTPStatusCoder is an interface that errors can implement to produce status code for HTTP response
type HTTPStatusCoder interface {
	StatusCode() int
}

// StatusCode returns status code from err if it implements HTTPStatusCoder interface.
// If err does not implement the interface, it returns 0.
func StatusCode(err error) int {
	var sc HTTPStatusCoder
	if errors.As(err, &sc) {
		return sc.StatusCode()
	}
	return 0
}

// NewHTTPError creates a new instance of HTTPError
func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{
		Code:    code,
		Message: message,
	}
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	// Code is status code for HTTP response
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

// StatusCode returns status code for HTTP response
func (he *HTTPError) StatusCode() int {
	return he.Code
}

// Error makes it compatible with the ` error ` interface.
func (he *HTTPError) Error() string {
	return fmt.Sprintf("code=%d, message=%v", he.Code, he.Message)
}

// ProblemError represents a "problem detail" as defined in RFC 9457 (Problem Details for
// HTTP APIs). https://www.rfc-editor.org/rfc/rfc9457
type ProblemError struct {
	// Type is a URI reference that identifies the problem type. Defaults to "about:blank"
	// when empty, which means the problem is the HTTP status code itself.
	Type string `json:"type"`
	// Title is a short, human-readable summary of the problem type. Defaults to the status
	// text of Status when empty.
	Title string `json:"title"`
	// Status is the HTTP status code for this occurrence of the problem.
	Status int `json:"status"`
	// Detail is a human-readable explanation specific to this occurrence of the problem.
	Detail string `json:"detail,omitempty"`
}

// Error makes ProblemError compatible with the `error` interface.
func (pe *ProblemError) Error() string {
	return fmt.Sprintf("code=%d, message=%v", pe.Status, pe.Title)
}

// StatusCode returns status code for HTTP response, implementing HTTPStatusCoder interface.
func (pe *ProblemError) StatusCode() int {
	return pe.Status
}

// Response wraps an http.ResponseWriter and implements its interface to be used
// by an HTTP handler to construct an HTTP response.
// See: https://golang.org/pkg/net/http/#ResponseWriter
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// WriteHeader sends an HTTP response header with status code. If WriteHeader is
// not called explicitly, the first call to Write will trigger an implicit
// WriteHeader(http.StatusOK). Thus explicit calls to WriteHeader are mainly
// used to send error codes.
func (r *Response) WriteHeader(code int) {
	if r.Committed {
		return
	}
	r.Status = code
	r.ResponseWriter.WriteHeader(r.Status)
	r.Committed = true
}

// Write writes the data to the connection as part of an HTTP reply.
func (r *Response) Write(b []byte) (n int, err error) {
	if !r.Committed {
		if r.Status == 0 {
			r.Status = http.StatusOK
		}
		r.WriteHeader(r.Status)
	}
	n, err = r.ResponseWriter.Write(b)
	r.Size += int64(n)
	return
}

// UnwrapResponse unwraps given ResponseWriter to return contexts original Echo Response. rw has to implement
// following method `Unwrap() http.ResponseWriter`
func UnwrapResponse(rw http.ResponseWriter) (*Response, error) {
	for {
		switch t := rw.(type) {
		case *Response:
			return t, nil
		case interface{ Unwrap() http.ResponseWriter }:
			rw = t.Unwrap()
			continue
		default:
			return nil, errors.New("ResponseWriter does not implement 'Unwrap() http.ResponseWriter' interface or unwrap to *echo.Response")
		}
	}
}

// delayedStatusWriter is a wrapper around http.ResponseWriter that delays writing the status code until first Write is called.
// This allows (global) error handler to decide correct status code to be sent to the client.
type delayedStatusWriter struct {
	http.ResponseWriter
	committed bool
	status    int
}

func (w *delayedStatusWriter) Write(data []byte) (int, error) {
	if !w.committed {
		w.committed = true
		if w.status == 0 {
			w.status = http.StatusOK
		}
		w.ResponseWriter.WriteHeader(w.status)
	}
	return w.ResponseWriter.Write(data)
}
