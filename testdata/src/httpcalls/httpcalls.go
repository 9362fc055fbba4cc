package httpcalls

import (
	"net/http"
	"net/http/httptest"
)

const ok = 200

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)      // want `magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound`
	w.WriteHeader(0x194)    // want `magic HTTP status 0x194 \(404\) in http.ResponseWriter.WriteHeader call; use http.StatusNotFound`
	w.WriteHeader(4_04)     // want `magic HTTP status 4_04 \(404\) .*; use http.StatusNotFound`
	w.WriteHeader((404))    // want `magic HTTP status 404 .*; use http.StatusNotFound`
	w.WriteHeader(int(500)) // want `magic HTTP status 500 .*; use http.StatusInternalServerError`

	http.Error(w, "boom", 500)         // want `magic HTTP status 500 in http.Error call; use http.StatusInternalServerError`
	http.Redirect(w, r, "/", 302)      // want `magic HTTP status 302 in http.Redirect call; use http.StatusFound`
	_ = http.RedirectHandler("/", 301) // want `magic HTTP status 301 in http.RedirectHandler call; use http.StatusMovedPermanently`
	_ = http.StatusText(418)           // want `magic HTTP status 418 in http.StatusText call; use http.StatusTeapot`

	// Method expressions and deferred calls reach the same method.
	http.ResponseWriter.WriteHeader(w, 201) // want `magic HTTP status 201 .*; use http.StatusCreated`
	defer w.WriteHeader(204)                // want `magic HTTP status 204 .*; use http.StatusNoContent`

	// Not magic: named constants, expressions, codes without a constant.
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(ok)
	code := 200 // want `magic HTTP status 200 stored in code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusOK`
	w.WriteHeader(code)
	w.WriteHeader(code + 1)
	w.WriteHeader(299)
	w.WriteHeader(-1) // want `invalid HTTP status -1 in http.ResponseWriter.WriteHeader call: net/http panics with "invalid WriteHeader code -1" \(checkWriteHeaderCode: code < 100 \|\| code > 999\)`
	http.Error(w, "404", code)
}

// statusRecorder is a middleware wrapper: its own WriteHeader method is
// checked because the type implements http.ResponseWriter.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// valueWriter implements http.ResponseWriter with value receivers.
type valueWriter struct{}

func (valueWriter) Header() http.Header         { return nil }
func (valueWriter) Write(b []byte) (int, error) { return len(b), nil }
func (valueWriter) WriteHeader(int)             {}

// embedder only embeds: its WriteHeader is http.ResponseWriter's.
type embedder struct{ http.ResponseWriter }

// Writer is an interface that embeds http.ResponseWriter, as frameworks do.
type Writer interface {
	http.ResponseWriter
	Status() int
}

func writers(s *statusRecorder, v valueWriter, e embedder, fw Writer, rec *httptest.ResponseRecorder) {
	s.WriteHeader(503)   // want `magic HTTP status 503 in statusRecorder.WriteHeader call; use http.StatusServiceUnavailable`
	v.WriteHeader(400)   // want `magic HTTP status 400 in valueWriter.WriteHeader call; use http.StatusBadRequest`
	e.WriteHeader(401)   // want `magic HTTP status 401 in http.ResponseWriter.WriteHeader call; use http.StatusUnauthorized`
	fw.WriteHeader(202)  // want `magic HTTP status 202 in http.ResponseWriter.WriteHeader call; use http.StatusAccepted`
	rec.WriteHeader(409) // want `magic HTTP status 409 in httptest.ResponseRecorder.WriteHeader call; use http.StatusConflict`
}
