package render

import (
	"net/http"

	"github.com/go-chi/render"
)

func handler(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 201) // want `magic HTTP status 201 in render.Status call; use http.StatusCreated`
	render.Status(r, 42)  // want `invalid HTTP status 42 in render.Status call: net/http panics`
	render.JSON(w, r, nil)
}
