// Package fw is a tiny framework: its context's Writer embeds
// http.ResponseWriter, so its users need not import net/http.
package fw

import "net/http"

// ResponseWriter is the framework's writer.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}

// Context carries a request's writer.
type Context struct {
	Writer ResponseWriter
}
