// Package illtyped_args passes too few or too many arguments. A literal in
// the code parameter's place is still that code; nothing is reported when
// the code argument is missing.
package illtyped_args

import (
	"net/http"

	"github.com/coder/websocket"
	gorilla "github.com/gorilla/websocket"
)

func h(w http.ResponseWriter, r *http.Request, c *websocket.Conn, err error) {
	w.WriteHeader()
	w.WriteHeader(404, 500) // want `magic HTTP status 404 .*; use http.StatusNotFound`
	http.Error(w, 500)
	http.Error(w, 404, "x")
	http.Error(w, "x", 500, "y") // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	http.Redirect(w, r, 301)
	http.Redirect(w, r, "/", 301, 302) // want `magic HTTP status 301 .*; use http.StatusMovedPermanently`
	_ = http.StatusText()
	_ = http.RedirectHandler(302)

	_ = c.Close()
	_ = c.Close(1000)                 // want `magic WebSocket close code 1000 .*; use websocket.StatusNormalClosure`
	_ = c.Close(1001, "bye", "extra") // want `magic WebSocket close code 1001 .*; use websocket.StatusGoingAway`

	_ = gorilla.FormatCloseMessage()
	_ = gorilla.IsCloseError(err)
	_ = gorilla.IsCloseError(1000)
	_ = gorilla.IsUnexpectedCloseError(err, 1000, "x", 1001) // want `magic WebSocket close code 1000 .*; use gorilla.CloseNormalClosure` `magic WebSocket close code 1001 .*; use gorilla.CloseGoingAway`
}
