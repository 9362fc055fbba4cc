// Package flow holds codes one hop away from a status API: passed to the
// package's own helpers, stored in variables and fields, returned.
package flow

import (
	"encoding/json"
	"errors"
	"net/http"
)

func respondJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// respondError reaches WriteHeader through respondJSON.
func respondError(w http.ResponseWriter, code int, msg string) {
	respondJSON(w, code, map[string]string{"error": msg})
}

type server struct{ name string }

func (s *server) fail(w http.ResponseWriter, status int) {
	http.Error(w, s.name, int(status))
}

func helpers(w http.ResponseWriter, s *server) {
	respondJSON(w, 404, nil)         // want `magic HTTP status 404 passed to respondJSON \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotFound`
	respondError(w, 409, "conflict") // want `magic HTTP status 409 passed to respondError \(reaches http.ResponseWriter.WriteHeader\); use http.StatusConflict`
	s.fail(w, 503)                   // want `magic HTTP status 503 passed to server.fail \(reaches http.Error\); use http.StatusServiceUnavailable`
	(*server).fail(s, w, 0x1f4)      // want `magic HTTP status 0x1f4 \(500\) passed to server.fail \(reaches http.Error\); use http.StatusInternalServerError`
	respondJSON(w, 299, nil)         // no constant
	respondJSON(w, http.StatusOK, nil)
}

var errMissing = errors.New("missing")

func locals(w http.ResponseWriter, err error) {
	code := 500 // want `magic HTTP status 500 stored in code \(reaches http.Error\); use http.StatusInternalServerError`
	if errors.Is(err, errMissing) {
		code = 404 // want `magic HTTP status 404 stored in code \(reaches http.Error\); use http.StatusNotFound`
	}
	http.Error(w, "failed", code)

	// Captured by a closure.
	var status = 201 // want `magic HTTP status 201 stored in status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusCreated`
	send := func() { w.WriteHeader(status) }
	send()

	var later int
	later = 202 // want `magic HTTP status 202 stored in later \(reaches http.ResponseWriter.WriteHeader\); use http.StatusAccepted`
	respondJSON(w, later, nil)

	// A placeholder replaced before use is not an invalid code.
	picked := 0
	if err != nil {
		picked = 400 // want `magic HTTP status 400 stored in picked \(reaches http.ResponseWriter.WriteHeader\); use http.StatusBadRequest`
	}
	w.WriteHeader(picked)
}

// Problem is an RFC 9457 problem whose Write sends its Status.
type Problem struct {
	Title  string
	Status int // want Status:`status field of Problem: http \(reaches http.ResponseWriter.WriteHeader\)`
}

func (p Problem) Write(w http.ResponseWriter) { w.WriteHeader(p.Status) }

func problems(w http.ResponseWriter) {
	Problem{Title: "conflict", Status: 409}.Write(w) // want `magic HTTP status 409 stored in Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusConflict`
	p := Problem{"gone", 410}                        // want `magic HTTP status 410 stored in Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusGone`
	p.Status = 400                                   // want `magic HTTP status 400 stored in Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusBadRequest`
	p.Write(w)
	ps := []*Problem{{Status: 422}} // want `magic HTTP status 422 stored in Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusUnprocessableEntity`
	_ = ps
}

func statusFor(err error) int {
	switch {
	case errors.Is(err, errMissing):
		return 404 // want `magic HTTP status 404 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotFound`
	case err != nil:
		return 500 // want `magic HTTP status 500 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusInternalServerError`
	}
	return 200 // want `magic HTTP status 200 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusOK`
}

func classify(err error) (int, string) {
	if err != nil {
		return 503, "down" // want `magic HTTP status 503 returned by classify \(reaches http.Error\); use http.StatusServiceUnavailable`
	}
	return 204, "" // want `magic HTTP status 204 returned by classify \(reaches http.Error\); use http.StatusNoContent`
}

func teapot() (code int) {
	code = 418 // want `magic HTTP status 418 stored in code \(reaches http.Redirect\); use http.StatusTeapot`
	return
}

func results(w http.ResponseWriter, r *http.Request, err error) {
	w.WriteHeader(statusFor(err))
	code, msg := classify(err)
	http.Error(w, msg, code)
	http.Redirect(w, r, "/", teapot())
}

// Generic functions and methods of generic types.
func respondT[T any](w http.ResponseWriter, code int, v T) { w.WriteHeader(code) }

type Envelope[T any] struct {
	Code int // want Code:`status field of Envelope: http`
	Body T
}

func (e Envelope[T]) Send(w http.ResponseWriter) { w.WriteHeader(e.Code) }

func generics(w http.ResponseWriter) {
	respondT(w, 201, "x")                     // want `magic HTTP status 201 passed to respondT \(reaches http.ResponseWriter.WriteHeader\); use http.StatusCreated`
	respondT[int](w, 202, 1)                  // want `magic HTTP status 202 passed to respondT \(reaches http.ResponseWriter.WriteHeader\); use http.StatusAccepted`
	Envelope[string]{Code: 206}.Send(w)       // want `magic HTTP status 206 stored in Envelope.Code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusPartialContent`
	Envelope[[]int]{207, []int{1, 2}}.Send(w) // want `magic HTTP status 207 stored in Envelope.Code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusMultiStatus`
}
