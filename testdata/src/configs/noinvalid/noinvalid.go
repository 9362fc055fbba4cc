// Package noinvalid is checked with -invalid=false.
package noinvalid

import (
	"net/http"

	"github.com/coder/websocket"
)

func f(w http.ResponseWriter, c *websocket.Conn) {
	w.WriteHeader(1000)
	_ = c.Close(1006, "") // want `magic WebSocket close code 1006 in websocket.Conn.Close call; use websocket.StatusAbnormalClosure`
	_ = c.Close(5000, "")
}
