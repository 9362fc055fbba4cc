// Package nhooyr closes nhooyr.io/websocket connections with magic status codes.
package nhooyr

import (
	"context"
	"net/http"

	"nhooyr.io/websocket"
)

// Serve accepts a connection and closes it politely.
func Serve(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	if r.URL.Query().Get("token") == "" {
		c.Close(websocket.StatusCode(1008), "policy")
		return
	}
	c.Close(1000, "")
}

// Hello dials url, says hello and hangs up.
func Hello(ctx context.Context, url string) error {
	c, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		return err
	}
	if err := c.Write(ctx, websocket.MessageText, []byte("hello")); err != nil {
		return c.Close(1011, "write failed")
	}
	return c.Close(websocket.StatusGoingAway, "done")
}
