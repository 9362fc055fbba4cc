// Stub of github.com/gofiber/fiber/v3@v3.1.0 client/response.go, modelled on its source: only what statuscode's tests use.

// Package client is a stub of github.com/gofiber/fiber/v3/client reduced to
// Response.StatusCode, which returns an HTTP status.
package client

import (
	"github.com/valyala/fasthttp"
)

// Response is the result of a request. This object is used to access the response data.
type Response struct {
	RawResponse *fasthttp.Response
}

// Status returns the HTTP status message of the executed request.
func (r *Response) Status() string {
	return "stub"
}

// StatusCode returns the HTTP status code of the executed request.
func (r *Response) StatusCode() int {
	return r.RawResponse.StatusCode()
}
