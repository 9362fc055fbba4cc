// Package holders: literals compared with values that hold a status
// without standing at a status position.
package holders

import (
	"net/http"
	"net/http/httptest"
)

type handler struct{ h http.Handler }

// getEndpoint returns the recorder's code: its result holds a status.
func (h handler) getEndpoint(url string) (int, string) {
	rw := httptest.NewRecorder()
	h.h.ServeHTTP(rw, httptest.NewRequest("GET", url, nil))
	return rw.Code, rw.Body.String()
}

// fetch returns 0 on an error: no code, and a holder all the same.
func fetch(c *http.Client, url string) (int, error) {
	resp, err := c.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func fetched(c *http.Client) bool {
	code, _ := fetch(c, "/")
	return code == 429 // want `magic HTTP status 429 compared with code \(holds the result of fetch, which returns http.Response.StatusCode\); use http.StatusTooManyRequests`
}

func refetched(c *http.Client, h handler) bool {
	code, _ := fetch(c, "/")
	if code != 200 { // want `magic HTTP status 200 compared with code \(holds httptest.ResponseRecorder.Code\); use http.StatusOK`
		return false
	}
	code, _ = h.getEndpoint("/")
	return code == 200 // want `magic HTTP status 200 compared with code \(holds httptest.ResponseRecorder.Code\); use http.StatusOK`
}

// status returns a holder's result in turn.
func (h handler) status(url string) int {
	code, _ := h.getEndpoint(url)
	return code
}

func tuples(h handler) bool {
	code, body := h.getEndpoint("/")
	if code != 302 { // want `magic HTTP status 302 compared with code \(holds the result of handler.getEndpoint, which returns httptest.ResponseRecorder.Code\); use http.StatusFound`
		return false
	}
	if h.status("/a") == 404 { // want `magic HTTP status 404 compared with the result of handler.status \(returns httptest.ResponseRecorder.Code\); use http.StatusNotFound`
		return false
	}
	switch s := h.status("/b"); s {
	case 410: // want `magic HTTP status 410 compared with s \(holds the result of handler.status, which returns httptest.ResponseRecorder.Code\); use http.StatusGone`
		return false
	}
	return body != "" && code != 3
}

// APIError's Code is filled from responses only: it holds a status.
type APIError struct {
	Code    int // want Code:"holder field of APIError: http \\(holds http.Response.StatusCode\\)"
	Message string
}

func (e *APIError) Error() string { return e.Message }

func call(c *http.Client, req *http.Request) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		return &APIError{Code: resp.StatusCode, Message: resp.Status}
	}
	return nil
}

func notFound(err error) bool {
	apiErr, ok := err.(*APIError)
	return ok && apiErr.Code == 404 // want `magic HTTP status 404 compared with APIError.Code \(holds http.Response.StatusCode\); use http.StatusNotFound`
}

// Result is implemented, in this package, by types whose StatusCode
// holds a status: the interface method does too.
type Result interface {
	StatusCode() int // want StatusCode:"status: result 0 holds http \\(returns httptest.ResponseRecorder.Code\\)"
}

type okResult struct{ rec *httptest.ResponseRecorder }

func (r okResult) StatusCode() int { return r.rec.Code }

type clientResult struct{ resp *http.Response }

func (r *clientResult) StatusCode() int { return r.resp.StatusCode }

func created(r Result) bool {
	return r.StatusCode() == 201 // want `magic HTTP status 201 compared with the result of Result.StatusCode \(returns httptest.ResponseRecorder.Code\); use http.StatusCreated`
}

// respond's code reaches WriteHeader: it holds the status it is given.
func respond(w http.ResponseWriter, code int) {
	if code == 204 { // want `magic HTTP status 204 compared with code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNoContent`
		w.WriteHeader(code)
		return
	}
	w.WriteHeader(code)
}

// statusFor's result reaches WriteHeader too.
func statusFor(err error) int {
	if err != nil {
		return 500 // want `magic HTTP status 500 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusInternalServerError`
	}
	return 200 // want `magic HTTP status 200 returned by statusFor \(reaches http.ResponseWriter.WriteHeader\); use http.StatusOK`
}

func serve(w http.ResponseWriter, err error) {
	c := statusFor(err)
	if c == 503 { // want `magic HTTP status 503 compared with c \(reaches http.ResponseWriter.WriteHeader\); use http.StatusServiceUnavailable`
		w.Header().Set("Retry-After", "1")
	}
	w.WriteHeader(c)
}

// Responder is implemented, in this package, by types that send the code
// they are given: a call through the interface sends it too.
type Responder interface {
	Respond(w http.ResponseWriter, code int) // want Respond:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`
}

type plain struct{}

func (plain) Respond(w http.ResponseWriter, code int) { w.WriteHeader(code) } // want Respond:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`

type jsonResponder struct{}

func (*jsonResponder) Respond(w http.ResponseWriter, code int) { // want Respond:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
}

func respondVia(r Responder, w http.ResponseWriter) {
	r.Respond(w, 409) // want `magic HTTP status 409 passed to Responder.Respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusConflict`
}

// Logger has an implementation that does not send its code: nothing.
type Logger interface{ Log(code int) }

type sender struct{ w http.ResponseWriter }

func (s sender) Log(code int) { s.w.WriteHeader(code) } // want Log:`status: param 0 http \(reaches http.ResponseWriter.WriteHeader\)`

type printer struct{}

func (printer) Log(code int) { println(code) }

func logVia(l Logger) { l.Log(404) }
