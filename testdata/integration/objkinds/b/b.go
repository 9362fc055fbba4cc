// Package b declares named types over package a's interfaces: their
// methods are a's objects, on which b cannot set a fact.
package b

import (
	"net/http"

	"example.com/integration/objkinds/a"
)

type Coder a.Coder

type Responder a.Responder

type writer struct{}

func (writer) Respond(w http.ResponseWriter, code int) { w.WriteHeader(code) }

// In the package, a call through b.Responder is checked: its one
// implementation here sends the code.
func serve(w http.ResponseWriter) {
	New().Respond(w, 404)
}

func New() Responder { return writer{} }
