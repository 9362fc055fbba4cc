package holders

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// A function literal bound once to a name behaves like a function.
func closures(w http.ResponseWriter) {
	insert := func(w http.ResponseWriter, status int, msg string) {
		w.WriteHeader(status)
		_, _ = w.Write([]byte(msg))
	}
	insert(w, 400, "bad") // want `magic HTTP status 400 passed to insert \(reaches http.ResponseWriter.WriteHeader\); use http.StatusBadRequest`

	// Reassigned: which literal a call calls is not known.
	send := func(code int) { w.WriteHeader(code) }
	send = func(code int) { _ = code }
	send(404)

	// A slice parameter: its elements reach a status position.
	sendAll := func(codes []int) {
		for _, c := range codes {
			w.WriteHeader(c)
		}
	}
	sendAll([]int{503}) // want `magic HTTP status 503 passed to sendAll \(reaches http.ResponseWriter.WriteHeader\); use http.StatusServiceUnavailable`

	codeOf := func(rec *httptest.ResponseRecorder) int { return rec.Code }
	if codeOf(httptest.NewRecorder()) == 409 { // want `magic HTTP status 409 compared with the result of codeOf \(returns httptest.ResponseRecorder.Code\); use http.StatusConflict`
		return
	}
}

func TestClosure(t *testing.T) {
	rec := httptest.NewRecorder()
	check := func(t *testing.T, want int) {
		if rec.Code != want {
			t.Errorf("code %d, want %d", rec.Code, want)
		}
	}
	check(t, 201) // want `magic HTTP status 201 passed to check \(compared with httptest.ResponseRecorder.Code\); use http.StatusCreated`
}

// A package-level function variable assigned in its declaration only.
var NewError = func(w http.ResponseWriter, status int, msg string) {
	http.Error(w, msg, status)
}

var Respond = func(w http.ResponseWriter, status int) { w.WriteHeader(status) }

func useVars(w http.ResponseWriter) {
	Respond(w, 502)            // want `magic HTTP status 502 passed to Respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusBadGateway`
	NewError(w, 418, "teapot") // want `magic HTTP status 418 passed to NewError \(reaches http.Error\); use http.StatusTeapot`
}

// Variadic parameters: each extra argument, and a slice literal passed
// with "...".
func oneOf(got int, want ...int) bool {
	for _, w := range want {
		if got == w {
			return true
		}
	}
	return false
}

func writeAll(w http.ResponseWriter, codes ...int) {
	for _, c := range codes {
		w.WriteHeader(c)
	}
}

func variadic(t *testing.T, w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	if !oneOf(rec.Code, 200, 201) { // want `magic HTTP status 200 passed to oneOf \(compared with httptest.ResponseRecorder.Code\); use http.StatusOK` `magic HTTP status 201 passed to oneOf \(compared with httptest.ResponseRecorder.Code\); use http.StatusCreated`
		t.Fail()
	}
	if !oneOf(rec.Code, []int{202, 204}...) { // want `magic HTTP status 202 passed to oneOf \(compared with httptest.ResponseRecorder.Code\); use http.StatusAccepted` `magic HTTP status 204 passed to oneOf \(compared with httptest.ResponseRecorder.Code\); use http.StatusNoContent`
		t.Fail()
	}
	if oneOf(len("ab"), 200, 3) { // a count compared with a count
		t.Fail()
	}
	writeAll(w, 500, 503) // want `magic HTTP status 500 passed to writeAll \(reaches http.ResponseWriter.WriteHeader\); use http.StatusInternalServerError` `magic HTTP status 503 passed to writeAll \(reaches http.ResponseWriter.WriteHeader\); use http.StatusServiceUnavailable`
}
