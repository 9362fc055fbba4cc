package illtyped_missingimport

import "github.com/coder/websocket"

// This file does not import net/http but uses it: http is undefined here.
// A fix that needs net/http adds the import, which also resolves http.
func g(w Writer, c *websocket.Conn) {
	http.Error(w, "x", 500)
	w.WriteHeader(404)    // want `magic HTTP status 404 .*; use http.StatusNotFound`
	_ = c.Close(1001, "") // want `magic WebSocket close code 1001 .*; use websocket.StatusGoingAway`
}
