// Package wrap hands out an http.ResponseWriter in a struct of its own.
// It exports no fact: nothing here takes a status.
package wrap

import "net/http"

type Ctx struct {
	W http.ResponseWriter
	R *http.Request
}
