// Package api answers requests through its own helpers: the status and
// close codes reach net/http and gorilla/websocket one hop or more away
// from the call sites, so only flow inference sees them.
package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/gorilla/websocket"
)

// Errors a store returns.
var (
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("conflict")
	ErrTooLarge = errors.New("too large")
)

// respondJSON sends v as JSON with the status code.
func respondJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// respondError reaches WriteHeader through respondJSON.
func respondError(w http.ResponseWriter, code int, msg string) {
	respondJSON(w, code, map[string]string{"error": msg})
}

// Problem is an RFC 9457 problem detail; Write sends its Status.
type Problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
}

// Write sends p as application/problem+json.
func (p Problem) Write(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	json.NewEncoder(w).Encode(p)
}

// statusFor maps a store error to the status the handlers answer.
func statusFor(err error) int {
	switch {
	case err == nil:
		return 204
	case errors.Is(err, ErrNotFound):
		return 404
	case errors.Is(err, ErrConflict):
		return 409
	}
	return 500
}

// closeWith sends a close frame built by gorilla's FormatCloseMessage.
func closeWith(c *websocket.Conn, code int, reason string) error {
	msg := websocket.FormatCloseMessage(code, reason)
	return c.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
}
