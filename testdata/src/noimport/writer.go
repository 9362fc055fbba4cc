package noimport

import "net/http"

// Context is a framework's request context: its Writer embeds
// http.ResponseWriter.
type Context struct {
	Writer ResponseWriter
}

type ResponseWriter interface {
	http.ResponseWriter
	Status() int
}
