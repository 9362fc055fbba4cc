// Package b declares named types over package a's interfaces: their
// methods are a's objects, on which b cannot set a fact.
package b

import (
	"net/http"

	"objkinds/foreign/a"
)

type Coder a.Coder

type Responder a.Responder

type writer struct{}

func (writer) Respond(w http.ResponseWriter, code int) { w.WriteHeader(code) } // want Respond:`param 1 http`

// In the package, a call through b.Responder is checked: its one
// implementation here sends the code.
func serve(w http.ResponseWriter) {
	New().Respond(w, 404) // want `magic HTTP status 404 passed to a.Responder.Respond`
}

func New() Responder { return writer{} }
