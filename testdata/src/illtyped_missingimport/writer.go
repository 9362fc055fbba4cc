package illtyped_missingimport

import (
	"net/http"

	"nosuch.example/middleware"
)

// Writer embeds http.ResponseWriter and a type of a missing package.
type Writer interface {
	http.ResponseWriter
	Status() int
}

type wrapped struct {
	middleware.Recorder
	http.ResponseWriter
}

func (w wrapped) status() {
	w.WriteHeader(201) // want `magic HTTP status 201 .*; use http.StatusCreated`
	w.Recorder.WriteHeader(201)
}
