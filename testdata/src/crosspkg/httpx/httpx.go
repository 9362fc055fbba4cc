// Package httpx is a project's own helper package: its status positions
// reach the packages that import it as facts.
package httpx

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/gorilla/websocket"
)

// JSON writes v with the status code.
func JSON(w http.ResponseWriter, code int, v any) { // want JSON:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Error is a helper of a helper.
func Error(w http.ResponseWriter, code int, msg string) { // want Error:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`
	JSON(w, code, map[string]string{"error": msg})
}

// Problem is an RFC 9457 problem: Write sends its Status.
type Problem struct {
	Title  string
	Status int // want Status:`status field of Problem: http \(reaches http.ResponseWriter.WriteHeader\)`
}

func (p Problem) Write(w http.ResponseWriter) { JSON(w, p.Status, p) }

// Responder's method is a status position through its receiver's field.
type Responder struct{ w http.ResponseWriter }

func (r *Responder) Send(code int) { r.w.WriteHeader(code) } // want Send:`status: param 0 http`

// AssertStatus compares its parameter with a status field.
func AssertStatus(t interface{ Errorf(string, ...any) }, resp *http.Response, want int) { // want AssertStatus:`status: param 2 http \(compared with http.Response.StatusCode\)`
	if resp.StatusCode != want {
		t.Errorf("status %d, want %d", resp.StatusCode, want)
	}
}

// Equal compares two of its parameters: a status position for a call that
// passes a status opposite, and for no other.
func Equal(t interface{ Errorf(string, ...any) }, got, want int) { // want Equal:`status: compares params 1 and 2`
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

// CloseWith sends a close frame: a gorilla close code.
func CloseWith(c *websocket.Conn, code int, reason string) error { // want CloseWith:`status: param 1 gorilla \(reaches websocket.FormatCloseMessage\)`
	return c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason))
}

// Both hands its code to an HTTP status and a close code: no fact.
func Both(w http.ResponseWriter, c *websocket.Conn, code int) {
	w.WriteHeader(code)
	_ = c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""))
}

// Text turns a code into text: not a status position.
func Text(code int) string { return strconv.Itoa(code) }

// Page is not a status: no fact on its fields.
type Page struct {
	Size, Number int
}

// Clamp is a general helper.
func Clamp(n, lo, hi int) int { return max(lo, min(n, hi)) }

func unexported(w http.ResponseWriter, code int) { w.WriteHeader(code) }

var _ = unexported

// Choose sends one of two codes: two status parameters.
func Choose(w http.ResponseWriter, ok bool, good, bad int) { // want Choose:`status: param 2 http \(reaches http.ResponseWriter.WriteHeader\); param 3 http \(reaches http.ResponseWriter.WriteHeader\)`
	if ok {
		w.WriteHeader(good)
		return
	}
	w.WriteHeader(bad)
}
