// Package noflow runs with -flow=false: only codes written at a status
// position are reported.
package noflow

import (
	"net/http"
	"net/http/httptest"
)

func respond(w http.ResponseWriter, code int) { w.WriteHeader(code) }

type problem struct{ Status int }

func (p problem) write(w http.ResponseWriter) { w.WriteHeader(p.Status) }

func statusFor(err error) int {
	if err != nil {
		return 500
	}
	return 200
}

func handler(w http.ResponseWriter, err error) {
	respond(w, 404)
	problem{Status: 409}.write(w)
	code := 503
	http.Error(w, "", code)
	w.WriteHeader(statusFor(err))
	w.WriteHeader(201) // want `magic HTTP status 201 in http.ResponseWriter.WriteHeader call; use http.StatusCreated`
	rec := httptest.NewRecorder()
	got := rec.Code
	_ = got == 200
	want := 200
	_ = rec.Code == want
	_ = rec.Code == 202 // want `magic HTTP status 202 compared with httptest.ResponseRecorder.Code; use http.StatusAccepted`
}
