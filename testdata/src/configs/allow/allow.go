// Package allow is checked with -allow=200,404,1000: those values are left
// alone wherever they stand, directly, in comparisons and literals and
// through the flow; invalid codes are reported all the same.
package allow

import (
	"net/http"
	"net/http/httptest"

	"github.com/gorilla/websocket"
)

func direct(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(200)
	http.Error(w, "missing", 404)
	http.Error(w, "boom", 500) // want `magic HTTP status 500 in http.Error call; use http.StatusInternalServerError`
	_ = websocket.FormatCloseMessage(1000, "")
	_ = websocket.FormatCloseMessage(1001, "") // want `magic WebSocket close code 1001 in websocket.FormatCloseMessage call; use websocket.CloseGoingAway`
}

func compared(resp *http.Response, rec *httptest.ResponseRecorder) bool {
	_ = http.Response{StatusCode: 404}
	_ = http.Response{StatusCode: 201} // want `magic HTTP status 201 stored in http.Response.StatusCode; use http.StatusCreated`
	switch resp.StatusCode {
	case 200:
	case 204: // want `magic HTTP status 204 compared with http.Response.StatusCode; use http.StatusNoContent`
	}
	return rec.Code == 404 || rec.Code == 409 // want `magic HTTP status 409 compared with httptest.ResponseRecorder.Code; use http.StatusConflict`
}

func respond(w http.ResponseWriter, code int) { w.WriteHeader(code) }

func flowed(w http.ResponseWriter) {
	respond(w, 404)
	respond(w, 403) // want `magic HTTP status 403 passed to respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusForbidden`
	code := 200
	if w == nil {
		code = 502 // want `magic HTTP status 502 stored in code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusBadGateway`
	}
	w.WriteHeader(code)
}

// An allowed value is still invalid where the API panics on it: 1000 is
// allowed as a close code, not as an HTTP status.
func invalid(w http.ResponseWriter) {
	w.WriteHeader(1000) // want `invalid HTTP status 1000 in http.ResponseWriter.WriteHeader call: net/http panics`
	respond(w, 1000)    // want `invalid HTTP status 1000 passed to respond \(reaches http.ResponseWriter.WriteHeader\): net/http panics`
}
