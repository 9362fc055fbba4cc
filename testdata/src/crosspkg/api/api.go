package api

import (
	"errors"
	"net/http"
	"net/http/httptest"

	"crosspkg/httpx"

	"github.com/gorilla/websocket"
)

var errMissing = errors.New("missing")

func handler(w http.ResponseWriter, r *http.Request, c *websocket.Conn) {
	httpx.JSON(w, 404, nil)                                // want `magic HTTP status 404 passed to httpx.JSON \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotFound`
	httpx.Error(w, 500, "boom")                            // want `magic HTTP status 500 passed to httpx.Error \(reaches http.ResponseWriter.WriteHeader\); use http.StatusInternalServerError`
	httpx.Problem{Title: "conflict", Status: 409}.Write(w) // want `magic HTTP status 409 stored in httpx.Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusConflict`
	p := httpx.Problem{"gone", 410}                        // want `magic HTTP status 410 stored in httpx.Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusGone`
	p.Status = 451                                         // want `magic HTTP status 451 stored in httpx.Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusUnavailableForLegalReasons`
	p.Write(w)
	new(httpx.Responder).Send(202) // want `magic HTTP status 202 passed to httpx.Responder.Send \(reaches http.ResponseWriter.WriteHeader\); use http.StatusAccepted`

	code := 503 // want `magic HTTP status 503 stored in code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusServiceUnavailable`
	httpx.JSON(w, code, nil)
	httpx.JSON(w, statusFor(nil), nil)
	respond(w, 201) // want `magic HTTP status 201 passed to respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusCreated`

	_ = httpx.CloseWith(c, 1008, "policy") // want `magic WebSocket close code 1008 passed to httpx.CloseWith \(reaches websocket.FormatCloseMessage\); use websocket.ClosePolicyViolation`
	httpx.JSON(w, 1000, nil)               // want `invalid HTTP status 1000 passed to httpx.JSON \(reaches http.ResponseWriter.WriteHeader\): net/http panics`

	httpx.Choose(w, true, 200, 400) // want `magic HTTP status 200 passed to httpx.Choose` `magic HTTP status 400 passed to httpx.Choose`

	// Negatives: no fact, or not a status position.
	httpx.Both(w, c, 1000)
	_ = httpx.Text(404)
	_ = httpx.Page{Size: 50, Number: 2}
	_ = httpx.Clamp(len(r.URL.Path), 1, 100)
	httpx.JSON(w, http.StatusOK, nil)
}

func statusFor(err error) int {
	if errors.Is(err, errMissing) {
		return 404 // want `magic HTTP status 404 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotFound`
	}
	return 200 // want `magic HTTP status 200 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusOK`
}

// Respond is a helper of this package that calls the other's: a status
// position for this package's callers, and for its importers.
func respond(w http.ResponseWriter, code int) { httpx.JSON(w, code, nil) }

// Reply is exported: its parameter is a fact of this package in turn.
func Reply(w http.ResponseWriter, code int) { respond(w, code) } // want Reply:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`

type tester struct{}

func (tester) Errorf(string, ...any) {}

func checks(t tester, resp *http.Response, items []int) {
	rec := httptest.NewRecorder()
	httpx.Equal(t, rec.Code, 200)                // want `magic HTTP status 200 passed to httpx.Equal \(compared with httptest.ResponseRecorder.Code\); use http.StatusOK`
	httpx.Equal(t, 201, rec.Result().StatusCode) // want `magic HTTP status 201 passed to httpx.Equal \(compared with http.Response.StatusCode\); use http.StatusCreated`
	httpx.Equal(t, len(items), 3)
	httpx.AssertStatus(t, resp, 404) // want `magic HTTP status 404 passed to httpx.AssertStatus \(compared with http.Response.StatusCode\); use http.StatusNotFound`

	tests := []struct {
		name string
		want int
	}{
		{"missing", 404}, // want `magic HTTP status 404 stored in want \(compared with http.Response.StatusCode\); use http.StatusNotFound`
		{"count", 3},
	}
	for _, tc := range tests[:1] {
		httpx.AssertStatus(t, resp, tc.want)
	}
}
