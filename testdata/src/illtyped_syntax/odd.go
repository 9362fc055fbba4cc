// Package illtyped_syntax has a file with syntax errors (broken.go) and
// calls in odd but valid syntax (odd.go).
package illtyped_syntax

import (
	"net/http"

	"github.com/coder/websocket"
)

func odd(w http.ResponseWriter, c *websocket.Conn) {
	w.WriteHeader((((404)))) // want `magic HTTP status 404 .*; use http.StatusNotFound`
	(w.WriteHeader)(500)     // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	w.WriteHeader(
		201, // want `magic HTTP status 201 .*; use http.StatusCreated`
	)
	w.WriteHeader(/* code */ 202 /* accepted */) // want `magic HTTP status 202 .*; use http.StatusAccepted`
	defer w.WriteHeader(203)                     // want `magic HTTP status 203 .*; use http.StatusNonAuthoritativeInfo`
	go http.Error(w, "", 0x1f4)                  // want `magic HTTP status 0x1f4 \(500\) .*; use http.StatusInternalServerError`
	for _, f := range []func(){func() { _ = c.Close(1_000, "") }} { // want `magic WebSocket close code 1_000 \(1000\) .*; use websocket.StatusNormalClosure`
		f()
	}
label:
	switch http.StatusText(404) { // want `magic HTTP status 404 .*; use http.StatusNotFound`
	case http.StatusText(0o623): // want `magic HTTP status 0o623 \(403\) .*; use http.StatusForbidden`
		break label
	}
	_ = http.StatusText; w.WriteHeader(204); _ = 0 // want `magic HTTP status 204 .*; use http.StatusNoContent`
}
