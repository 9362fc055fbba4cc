// Stub of github.com/gin-gonic/gin@v1.12.0 context.go, response_writer.go, errors.go, logger.go, utils.go, modelled on its source: only what statuscode's tests use.

// Package gin is a stub of github.com/gin-gonic/gin reduced to the API that
// carries HTTP status codes: the *Context methods that take one, the
// ResponseWriter interface (which embeds http.ResponseWriter and adds
// Status), and LogFormatterParams.StatusCode. gin has no status constants of
// its own: its users write net/http's.
package gin

import (
	"bufio"
	"io"
	"net"
	"net/http"

	"github.com/gin-gonic/gin/render"
)

// H is a shortcut for map[string]any
type H map[string]any

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

// Error implements the error interface.
func (msg Error) Error() string { return msg.Err.Error() }

type errorMsgs []*Error

// ResponseWriter ...
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	// Status returns the HTTP response status code of the current request.
	Status() int

	// Size returns the number of bytes already written into the response http body.
	// See Written()
	Size() int

	// WriteString writes the string into the response body.
	WriteString(string) (int, error)

	// Written returns true if the response body was already written.
	Written() bool

	// WriteHeaderNow forces to write the http header (status code + headers).
	WriteHeaderNow()

	// Pusher get the http.Pusher for server push
	Pusher() http.Pusher
}

type responseWriter struct {
	http.ResponseWriter
	size   int
	status int
}

var _ ResponseWriter = (*responseWriter)(nil)

func (w *responseWriter) WriteHeader(code int) {
	if code > 0 && w.status != code {
		w.status = code
	}
}
func (w *responseWriter) WriteHeaderNow()                              {}
func (w *responseWriter) WriteString(s string) (n int, err error)      { return len(s), nil }
func (w *responseWriter) Status() int                                  { return w.status }
func (w *responseWriter) Size() int                                    { return w.size }
func (w *responseWriter) Written() bool                                { return w.size != -1 }
func (w *responseWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) { panic("stub") }
func (w *responseWriter) CloseNotify() <-chan bool                     { panic("stub") }
func (w *responseWriter) Flush()                                       {}
func (w *responseWriter) Pusher() (pusher http.Pusher)                 { return nil }

// Context is the most important part of gin.
type Context struct {
	writermem responseWriter
	Request   *http.Request
	Writer    ResponseWriter

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Errors is a list of errors attached to all the handlers/middlewares who used this context.
	Errors errorMsgs
}

// Abort prevents pending handlers from being called.
func (c *Context) Abort() {}

// AbortWithStatus calls `Abort()` and writes the headers with the specified status code.
func (c *Context) AbortWithStatus(code int) { panic("stub") }

// AbortWithStatusPureJSON calls `Abort()` and then `PureJSON` internally.
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) { panic("stub") }

// AbortWithStatusJSON calls `Abort()` and then `JSON` internally.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) { panic("stub") }

// AbortWithError calls `AbortWithStatus()` and `Error()` internally.
func (c *Context) AbortWithError(code int, err error) *Error { panic("stub") }

// Error attaches an error to the current context.
func (c *Context) Error(err error) *Error { panic("stub") }

// Status sets the HTTP response code.
func (c *Context) Status(code int) { c.Writer.WriteHeader(code) }

// Render writes the response headers and calls render.Render to render data.
func (c *Context) Render(code int, r render.Render) { panic("stub") }

// HTML renders the HTTP template specified by its file name.
func (c *Context) HTML(code int, name string, obj any) { panic("stub") }

// IndentedJSON serializes the given struct as pretty JSON (indented + endlines) into the response body.
func (c *Context) IndentedJSON(code int, obj any) { panic("stub") }

// SecureJSON serializes the given struct as Secure JSON into the response body.
func (c *Context) SecureJSON(code int, obj any) { panic("stub") }

// JSONP serializes the given struct as JSON into the response body.
func (c *Context) JSONP(code int, obj any) { panic("stub") }

// JSON serializes the given struct as JSON into the response body.
func (c *Context) JSON(code int, obj any) { panic("stub") }

// AsciiJSON serializes the given struct as JSON into the response body with unicode to ASCII string.
func (c *Context) AsciiJSON(code int, obj any) { panic("stub") }

// PureJSON serializes the given struct as JSON into the response body.
func (c *Context) PureJSON(code int, obj any) { panic("stub") }

// XML serializes the given struct as XML into the response body.
func (c *Context) XML(code int, obj any) { panic("stub") }

// YAML serializes the given struct as YAML into the response body.
func (c *Context) YAML(code int, obj any) { panic("stub") }

// TOML serializes the given struct as TOML into the response body.
func (c *Context) TOML(code int, obj any) { panic("stub") }

// ProtoBuf serializes the given struct as ProtoBuf into the response body.
func (c *Context) ProtoBuf(code int, obj any) { panic("stub") }

// BSON serializes the given struct as BSON into the response body.
func (c *Context) BSON(code int, obj any) { panic("stub") }

// String writes the given string into the response body.
func (c *Context) String(code int, format string, values ...any) { panic("stub") }

// Redirect returns an HTTP redirect to the specific location.
func (c *Context) Redirect(code int, location string) { panic("stub") }

// Data writes some data into the body stream and updates the HTTP code.
func (c *Context) Data(code int, contentType string, data []byte) { panic("stub") }

// DataFromReader writes the specified reader into the body stream and updates the HTTP code.
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
	panic("stub")
}

// SSEvent writes a Server-Sent Event into the body stream.
func (c *Context) SSEvent(name string, message any) { panic("stub") }

// Negotiate contains all negotiations data.
type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

// Negotiate calls different Render according to acceptable Accept format.
func (c *Context) Negotiate(code int, config Negotiate) { panic("stub") }

// LogFormatterParams is the structure any formatter will be handed when time to log comes
type LogFormatterParams struct {
	Request *http.Request

	// StatusCode is HTTP response code.
	StatusCode int
	// ClientIP equals Context's ClientIP method.
	ClientIP string
	// Method is the HTTP method given to the request.
	Method string
	// Path is a path the client requests.
	Path string
}
