// Package fw is a tiny framework: its context's Writer embeds
// http.ResponseWriter, so its users need not import net/http.
package fw

import (
	"net/http"

	coder "github.com/coder/websocket"
	nhooyr "nhooyr.io/websocket"
)

// ResponseWriter is the framework's writer.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}

// Context carries a request's writer.
type Context struct {
	Writer ResponseWriter
}

// Conns hands out the connections of a hub; its users need not import the
// websocket library.
type Conns struct {
	Coder  *coder.Conn
	Nhooyr *nhooyr.Conn
}
