// Stub of github.com/cloudwego/hertz@v0.10.4 pkg/app/context.go, modelled on its source: only what statuscode's tests use.

// Package app is a stub of github.com/cloudwego/hertz/pkg/app reduced to the
// *RequestContext methods that take an HTTP status. They end in
// protocol.(*ResponseHeader).SetStatusCode, which never panics. Hertz users
// write the constants of github.com/cloudwego/hertz/pkg/protocol/consts.
package app

import (
	"github.com/cloudwego/hertz/pkg/app/server/render"
	"github.com/cloudwego/hertz/pkg/common/errors"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

// RequestContext represents a request-response context (the second
// parameter of a hertz handler; the first is a context.Context).
type RequestContext struct {
	Request  protocol.Request
	Response protocol.Response

	HTMLRender render.HTMLRender

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[string]interface{}
}

func (ctx *RequestContext) String(code int, format string, values ...interface{}) {
	panic("stub")
}

// SetStatusCode sets response status code.
func (ctx *RequestContext) SetStatusCode(statusCode int) {
	ctx.Response.SetStatusCode(statusCode)
}

// NotFound resets response and sets '404 Not Found' response status code.
func (ctx *RequestContext) NotFound() {
	ctx.SetStatusCode(consts.StatusNotFound)
}

// Redirect returns an HTTP redirect to the specific location.
// Codes other than 301, 302, 303, 307 and 308 are replaced by 302.
func (ctx *RequestContext) Redirect(statusCode int, uri []byte) {
	panic("stub")
}

// Abort prevents pending handlers from being called.
func (ctx *RequestContext) Abort() {}

// AbortWithStatus calls `Abort()` and writes the headers with the specified status code.
//
// For example, a failed attempt to authenticate a request could use: context.AbortWithStatus(401).
func (ctx *RequestContext) AbortWithStatus(code int) {
	ctx.SetStatusCode(code)
	ctx.Abort()
}

// AbortWithMsg sets response status code to the given value and sets response body
// to the given message.
//
// Warning: this will reset the response headers and body already set!
func (ctx *RequestContext) AbortWithMsg(msg string, statusCode int) {
	ctx.SetStatusCode(statusCode)
	ctx.Abort()
}

// AbortWithStatusJSON calls `Abort()` and then `JSON` internally.
func (ctx *RequestContext) AbortWithStatusJSON(code int, jsonObj interface{}) {
	ctx.Abort()
	ctx.JSON(code, jsonObj)
}

// Render writes the response headers and calls render.Render to render data.
func (ctx *RequestContext) Render(code int, r render.Render) {
	ctx.SetStatusCode(code)
}

// ProtoBuf serializes the given struct as ProtoBuf into the response body.
func (ctx *RequestContext) ProtoBuf(code int, obj interface{}) { panic("stub") }

// JSON serializes the given struct as JSON into the response body.
//
// It also sets the Content-Type as "application/json".
func (ctx *RequestContext) JSON(code int, obj interface{}) { panic("stub") }

// PureJSON serializes the given struct as JSON into the response body.
func (ctx *RequestContext) PureJSON(code int, obj interface{}) { panic("stub") }

// IndentedJSON serializes the given struct as pretty JSON (indented + endlines) into the response body.
func (ctx *RequestContext) IndentedJSON(code int, obj interface{}) { panic("stub") }

// HTML renders the HTTP template specified by its file name.
func (ctx *RequestContext) HTML(code int, name string, obj interface{}) { panic("stub") }

// Data writes some data into the body stream and updates the HTTP code.
func (ctx *RequestContext) Data(code int, contentType string, data []byte) { panic("stub") }

// XML serializes the given struct as XML into the response body.
func (ctx *RequestContext) XML(code int, obj interface{}) { panic("stub") }

// AbortWithError calls `AbortWithStatus()` and `Error()` internally.
func (ctx *RequestContext) AbortWithError(code int, err error) *errors.Error {
	ctx.AbortWithStatus(code)
	return ctx.Error(err)
}

// Error attaches an error to the current context.
func (ctx *RequestContext) Error(err error) *errors.Error {
	return &errors.Error{Err: err}
}

// Status sets the HTTP response code.
func (ctx *RequestContext) Status(code int) {
	ctx.SetStatusCode(code)
}
