// Package gorilla closes github.com/gorilla/websocket connections with magic close codes.
package gorilla

import (
	"log"
	"time"

	"github.com/gorilla/websocket"
)

// Bye sends a normal close frame to the peer.
func Bye(c *websocket.Conn) error {
	msg := websocket.FormatCloseMessage(1000, "bye")
	return c.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
}

// Expected reports whether err is an ordinary close.
func Expected(err error) bool {
	return websocket.IsCloseError(err, 1000, 1001)
}

// Loop reads until the peer goes away.
func Loop(c *websocket.Conn) {
	for {
		if _, _, err := c.ReadMessage(); err != nil {
			if websocket.IsUnexpectedCloseError(err, 1001) {
				log.Print(err)
			}
			return
		}
	}
}

// Reject tells the peer it broke the rules.
func Reject(c *websocket.Conn) error {
	return c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(1008, "policy"))
}
