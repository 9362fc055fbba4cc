// Stub of github.com/cloudwego/hertz@v0.10.4 pkg/protocol/header.go, request.go, response.go, modelled on its source: only what statuscode's tests use.

// Package protocol is a stub of github.com/cloudwego/hertz/pkg/protocol
// reduced to the status setters and getters of *Response and
// *ResponseHeader. SetStatusCode only logs a warning for codes outside
// 100–599; it never panics.
package protocol

import (
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

// RequestHeader represents HTTP request header.
type RequestHeader struct{}

// ResponseHeader represents HTTP response header.
type ResponseHeader struct {
	statusCode int
}

// SetStatusCode sets response status code.
func (h *ResponseHeader) SetStatusCode(statusCode int) {
	checkWriteHeaderCode(statusCode)
	h.statusCode = statusCode
}

func checkWriteHeaderCode(code int) {
	// For now, we only emit a warning for bad codes.
	// In the future we might block things over 599 or under 100
	if code < 100 || code > 599 {
		_ = code
	}
}

// StatusCode returns response status code.
func (h *ResponseHeader) StatusCode() int {
	if h.statusCode == 0 {
		return consts.StatusOK
	}
	return h.statusCode
}

// Request represents HTTP request.
type Request struct {
	Header RequestHeader
}

// Response represents HTTP response.
type Response struct {
	// Response header
	Header ResponseHeader
}

// SetStatusCode sets response status code.
func (resp *Response) SetStatusCode(statusCode int) {
	resp.Header.SetStatusCode(statusCode)
}

// StatusCode returns response status code.
func (resp *Response) StatusCode() int {
	return resp.Header.StatusCode()
}
