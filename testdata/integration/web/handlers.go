// Package web answers HTTP requests with magic status codes.
package web

import "net/http"

// recorder is a middleware ResponseWriter that remembers the status code.
type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// NotFound answers 404.
func NotFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
}

// Fail answers 500.
func Fail(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "x", 500)
}

// Home redirects to the front page.
func Home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 302)
}

// Old is the handler for retired URLs.
var Old = http.RedirectHandler("/", 301)

// Teapot returns the reason phrase for 418.
func Teapot() string {
	return http.StatusText(418)
}

// Submit hands the request over to accept with a recorder.
func Submit(w http.ResponseWriter, r *http.Request) {
	accept(&recorder{ResponseWriter: w}, r.FormValue("id"))
}
