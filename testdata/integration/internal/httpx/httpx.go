// Package httpx holds the module's response and test helpers. The codes
// reach them from other packages: statuscode follows them through facts.
package httpx

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// JSON writes v as JSON with the status code.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Error writes an error message as JSON.
func Error(w http.ResponseWriter, code int, msg string) {
	JSON(w, code, map[string]string{"error": msg})
}

// Problem is an RFC 9457 problem document.
type Problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
}

// Write sends the problem with its status.
func (p Problem) Write(w http.ResponseWriter) { JSON(w, p.Status, p) }

// Page is a page of results: no status here.
type Page struct {
	Size, Number int
}

// Expect fails t unless the recorder's code is want.
func Expect(t testing.TB, rec *httptest.ResponseRecorder, want int) {
	t.Helper()
	if rec.Code != want {
		t.Errorf("status %d, want %d", rec.Code, want)
	}
}

// Equal fails t unless got == want: a general helper.
func Equal(t testing.TB, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

// Close sends a close frame with the code and reason.
func Close(c *websocket.Conn, code int, reason string) error {
	return c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
}
